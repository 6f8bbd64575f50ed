// `npm run bench`: measures GET /api/me/progress against two baselines in one
// run, on this machine, and prints the ratios, and the team dashboard
// (GET /api/teams/{id}/progress, 500 members × the 19-topic path); then
// Lighthouse on the dashboard (skip it with --no-lighthouse). Uses a fresh
// database: on DATABASE_URL's server when set, else the embedded PGlite.
// Where `taskset` exists, the servers run on core 0 and this process (the load
// generator) on core 1, so autocannon does not steal the app's CPU.
import { spawnSync, type ChildProcess } from "node:child_process";
import { cpus } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import { buildIfNeeded } from "../scripts/lib/build";
import { startTestDatabase } from "../scripts/lib/postgres";
import { migrateAndSeed } from "../scripts/lib/run";
import { BENCH_PASSWORD, createBenchLearner, createBenchTeam } from "./fixtures";
import { runLighthouse } from "./lighthouse";
import { startApp, startNode } from "./server";
import { waitForOk } from "../scripts/lib/wait";
import { signIn } from "./session";

// BENCH_PORT moves both servers (the app on it, plain pg on the next one) when 3200 is taken.
const APP_PORT = Number(process.env.BENCH_PORT ?? 3200);
const PG_PORT = APP_PORT + 1;
const CONNECTIONS = 10;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const AUTH_SECRET = "bench-secret-bench-secret-bench-secret!";

const TEAM_SIZE = 500;
let pinning = false;

/** Moves this process (autocannon) to core 1, once the build is done (the build wants every core). */
function pinLoadGenerator() {
  pinning = cpus().length >= 2 && spawnSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" }).status === 0;
}

// Each route is warmed this long before it is measured: a fresh process is slower
// for its first seconds on each route (JIT, the route's first compilation), which
// is not what a running server serves.
const WARM_UP_SECONDS = 4;

async function measure(name: string, url: string, headers: Record<string, string> = {}, connections = CONNECTIONS) {
  await autocannon({ url, connections, duration: WARM_UP_SECONDS, headers });
  const result: Result = await autocannon({ url, connections, duration: DURATION, headers });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

type Row = Awaited<ReturnType<typeof measure>>;

// The pages: the catalog pages for a visitor and for a signed-in learner (the
// same static document, with the learner's parts loaded by the browser
// afterwards), and the signed-in dashboard: a static document too, whose
// learner's part is one request, GET /api/me/dashboard.
const CATALOG_PAGE = /^page (anonymous|signed in) /;
const DASHBOARD = "page signed in: dashboard (GET /)";
const DASHBOARD_DATA = "  its data (GET /api/me/dashboard)";

async function measurePages(app: string, cookie: string, trackSlug: string, topicSlug: string): Promise<Row[]> {
  const pages = [["home", "/"], ["tracks", "/tracks"], ["track", `/tracks/${trackSlug}`], ["topic", `/topics/${topicSlug}`]] as const;
  const rows: Row[] = [];
  for (const [name, url] of pages) rows.push(await measure(`page anonymous ${name} (GET ${url})`, `${app}${url}`));
  for (const [name, url] of pages.slice(1)) rows.push(await measure(`page signed in ${name} (GET ${url})`, `${app}${url}`, { cookie }));
  rows.push(await measure(DASHBOARD, `${app}/`, { cookie }));
  rows.push(await measure(DASHBOARD_DATA, `${app}/api/me/dashboard`, { cookie }));
  return rows;
}

/**
 * Each page's ratio to the static route, against its target: ≥ 0.8× for
 * catalog pages; ≥ 0.3× and p99 ≤ 150 ms for the dashboard, counted as a
 * learner loads it: the document and its data request, one after the other
 * on the same core, so dashboards per second = 1 / (1/document + 1/data).
 */
function pageVerdicts(rows: Row[], staticRoute: Row): string {
  const ratio = (rps: number) => +(rps / staticRoute.rps).toFixed(2);
  const lines = rows.filter((row) => CATALOG_PAGE.test(row.name)).map((row) => `${row.name}: ${ratio(row.rps)}× the static route (target ≥ 0.8 → ${ratio(row.rps) >= 0.8 ? "met" : "MISSED"}), p99 ${row.p99} ms`);
  const document = rows.find((row) => row.name === DASHBOARD)!;
  const data = rows.find((row) => row.name === DASHBOARD_DATA)!;
  const loads = 1 / (1 / document.rps + 1 / data.rps);
  const p99 = Math.max(document.p99, data.p99);
  lines.push(
    `dashboard as loaded (document ${ratio(document.rps)}×, p99 ${document.p99} ms; data ${ratio(data.rps)}×, p99 ${data.p99} ms): ` +
      `${ratio(loads)}× (target ≥ 0.3 → ${ratio(loads) >= 0.3 ? "met" : "MISSED"}), p99 ≤ ${p99} ms per request (target ≤ 150 → ${p99 <= 150 ? "met" : "MISSED"})`,
  );
  return lines.join("\n");
}

async function main() {
  const database = await startTestDatabase("waypoint_bench");
  const children: ChildProcess[] = [];
  try {
    console.log(`Database: ${database.embedded ? "embedded PGlite" : "PostgreSQL (DATABASE_URL's server)"}`);
    await migrateAndSeed(database.url, database.env, true);
    Object.assign(process.env, database.env, { DATABASE_URL: database.url });
    const { db, disconnectDb } = await import("@/lib/db");
    const learner = await createBenchLearner(db);
    const firstTopic = await db.topic.findFirstOrThrow({ where: { status: "ACTIVE" }, orderBy: [{ track: { position: "asc" } }, { position: "asc" }], select: { slug: true, track: { select: { slug: true } } } });
    const team = await createBenchTeam(db, learner.id, TEAM_SIZE);
    await disconnectDb();

    const env = { ...process.env, ...database.env, DATABASE_URL: database.url, AUTH_SECRET, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
    await buildIfNeeded(env);
    pinLoadGenerator();
    children.push(startApp(APP_PORT, env, pinning));
    children.push(startNode(["--import", "tsx", path.join("bench", "pg-server.ts")], { ...env, PORT: String(PG_PORT), BENCH_USER_ID: learner.id }, pinning));
    const app = `http://127.0.0.1:${APP_PORT}`;
    await Promise.all([waitForOk(`${app}/api/health`), waitForOk(`http://127.0.0.1:${PG_PORT}/`)]);
    const cookie = await signIn(app, learner.email, BENCH_PASSWORD);

    const teamUrl = `${app}/api/teams/${team.teamId}/progress?pathId=${team.pathId}`;
    const rows = [
      await measure("static JSON route (GET /api/health)", `${app}/api/health`),
      await measure("GET /api/me/progress", `${app}/api/me/progress`, { cookie }),
      await measure("same SQL via plain pg", `http://127.0.0.1:${PG_PORT}/`),
      await measure(`GET /api/teams/{id}/progress (${TEAM_SIZE} × ${team.items})`, teamUrl, { cookie }),
      // One request at a time: the server time of one dashboard, without queueing behind nine others.
      await measure(`  same, 1 connection`, teamUrl, { cookie }, 1),
      ...(await measurePages(app, cookie, firstTopic.track.slug, firstTopic.slug)),
    ];
    const [staticRoute, progress, plainPg, teamProgress, teamAlone] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, each after a ${WARM_UP_SECONDS} s warm-up; ${pinning ? "servers on core 0, load generator on core 1" : "no CPU pinning"}`);
    console.table(rows.map((r) => ({ target: r.name, "req/s": Math.round(r.rps), "p50 ms": r.p50, "p99 ms": r.p99 })));
    const ratios = {
      progressVsStatic: +(progress.rps / staticRoute.rps).toFixed(2),
      progressVsPlainPg: +(progress.rps / plainPg.rps).toFixed(2),
      teamProgressVsStatic: +(teamProgress.rps / staticRoute.rps).toFixed(3),
    };
    console.log(`GET /api/me/progress: ${ratios.progressVsStatic}× the static route, ${ratios.progressVsPlainPg}× plain pg; p99 ${progress.p99} ms`);
    console.log(`Targets: ≥ 0.3× static → ${ratios.progressVsStatic >= 0.3 ? "met" : "MISSED"}; p99 ≤ 50 ms → ${progress.p99 <= 50 ? "met" : "MISSED"}`);
    console.log(pageVerdicts(rows, staticRoute));
    console.log(
      `GET /api/teams/{id}/progress, ${TEAM_SIZE} members × ${team.items} items: ${ratios.teamProgressVsStatic}× the static route; ` +
        `p99 ${teamProgress.p99} ms at ${CONNECTIONS} connections, ${teamAlone.p99} ms one at a time (target ≤ 100 ms → ${teamAlone.p99 <= 100 ? "met" : "MISSED"} alone, ${teamProgress.p99 <= 100 ? "met" : "MISSED"} under load)`,
    );

    // Chrome must not inherit this process's pinning to one core: its browser, renderer and GPU
    // processes would then share that core and every long task would stretch (TBT ×3–10).
    if (pinning) spawnSync("taskset", ["-acp", `0-${cpus().length - 1}`, String(process.pid)], { stdio: "ignore" });
    const lighthouse = process.argv.includes("--no-lighthouse")
      ? null
      : await runLighthouse(app, cookie, ["/", `/tracks/${firstTopic.track.slug}`, `/topics/${firstTopic.slug}`]);
    mkdirSync(path.join("bench", "results"), { recursive: true });
    const report = { at: new Date().toISOString(), embedded: database.embedded, pinned: pinning, connections: CONNECTIONS, seconds: DURATION, teamSize: TEAM_SIZE, rows, ratios, lighthouse };
    writeFileSync(path.join("bench", "results", "latest.json"), JSON.stringify(report, null, 2));
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await database.stop();
  }
  // Search on a 10× catalog: its own database, server and process (bench/search.ts),
  // because this process's database client was bound to the bench database above
  // and closed with it. `-- --no-search` skips it.
  if (!process.argv.includes("--no-search")) {
    const search = spawnSync(process.execPath, ["--import", "tsx", path.join("bench", "search.ts")], { stdio: "inherit", env: process.env });
    if (search.status !== 0) throw new Error(`bench/search.ts exited with ${search.status}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
