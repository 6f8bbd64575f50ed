// Search latency on a catalog ten times the seed (190 topics, ~730 key
// points, ~970 resources): GET /api/search under 10 connections cycling
// through as-you-type and whole-word queries, signed out and signed in
// (statuses joined), against a fresh database of its own; target p99 ≤ 50 ms.
// Also the search SQL alone, one query at a time (where the time goes).
// Run by `npm run bench` after the main section, or alone: `tsx bench/search.ts`.
import { spawnSync, type ChildProcess } from "node:child_process";
import { cpus } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { buildIfNeeded } from "../scripts/lib/build";
import { startTestDatabase } from "../scripts/lib/postgres";
import { migrateAndSeed } from "../scripts/lib/run";
import { waitForOk } from "../scripts/lib/wait";
import { scaledRoadmap } from "../tests/support/roadmap";
import { BENCH_PASSWORD, createBenchLearner } from "./fixtures";
import { startApp } from "./server";
import { signIn } from "./session";

const APP_PORT = Number(process.env.BENCH_SEARCH_PORT ?? 3210);
const COPIES = 10;
const CONNECTIONS = 10;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const AUTH_SECRET = "bench-secret-bench-secret-bench-secret!";
/** What a learner types: prefixes as the box suggests, then whole words and phrases. */
const QUERIES = ["qu", "quant", "quantization", "neural net", "fine-tuning", "retrieval augmented", "attention", "transformer models", "evaluation benchmarks", "deploy"];

export type SearchBenchResult = { name: string; rps: number; p50: number; p99: number };

// A fresh process answers its first seconds of searches slower (JIT, the route's
// first compilation, plans): p99 56 ms, then 31 ms once warm, for the same requests
// in one run. Each target is warmed this long before it is measured.
const WARM_UP_SECONDS = 8;
const SEARCHES = QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=8`);

async function load(name: string, base: string, paths: string[], headers: Record<string, string> = {}): Promise<SearchBenchResult> {
  const requests = paths.map((path) => ({ method: "GET" as const, path, headers }));
  await autocannon({ url: base, connections: CONNECTIONS, duration: WARM_UP_SECONDS, requests });
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** Builds a 10× catalog, serves the app on it (core 0 when `pinned`), measures, and cleans up. */
export async function runSearchBench({ pinned = false } = {}) {
  const database = await startTestDatabase("waypoint_bench_search");
  let app: ChildProcess | undefined;
  try {
    await migrateAndSeed(database.url, database.env, true);
    Object.assign(process.env, database.env, { DATABASE_URL: database.url });
    const { db, disconnectDb } = await import("@/lib/db");
    const { importRoadmap } = await import("@/seed/import-roadmap");
    await db.$transaction((tx) => importRoadmap(tx, scaledRoadmap(COPIES)), { timeout: 600_000, maxWait: 20_000 });
    const [topics, keyPoints, resources] = await Promise.all([db.topic.count(), db.keyPoint.count(), db.resource.count()]);
    const learner = await createBenchLearner(db);

    // The SQL alone, one at a time, on the app's own client.
    const { searchSql } = await import("@/lib/search/queries");
    const { searchTerms } = await import("@/lib/search/terms");
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const query = QUERIES[i % QUERIES.length]!;
      const started = performance.now();
      await db.$queryRaw(searchSql({ query, terms: searchTerms(query), limit: 8, userId: learner.id }));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const sqlAlone = { p50: +times[149]!.toFixed(1), p99: +times[296]!.toFixed(1) };
    await disconnectDb();

    const env = { ...process.env, ...database.env, DATABASE_URL: database.url, AUTH_SECRET, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
    await buildIfNeeded(env);
    app = startApp(APP_PORT, env, pinned);
    const base = `http://127.0.0.1:${APP_PORT}`;
    await waitForOk(`${base}/api/health`);
    const cookie = await signIn(base, learner.email, BENCH_PASSWORD);
    const rows = [
      // The baseline of the same run: on a loaded machine every figure rises, the ratio much less.
      await load("static JSON route (GET /api/health)", base, ["/api/health"]),
      await load("GET /api/search, signed out", base, SEARCHES),
      await load("GET /api/search, signed in (statuses)", base, SEARCHES, { cookie }),
    ];

    console.log(`\nSearch on ${topics} topics, ${keyPoints} key points, ${resources} resources (${COPIES}× the seed); ${CONNECTIONS} connections, ${DURATION} s each, ${QUERIES.length} queries in turn`);
    console.table(rows.map((r) => ({ target: r.name, "req/s": Math.round(r.rps), "p50 ms": r.p50, "p99 ms": r.p99 })));
    console.log(`The search SQL alone, one at a time: p50 ${sqlAlone.p50} ms, p99 ${sqlAlone.p99} ms`);
    const searches = rows.slice(1);
    const worst = Math.max(...searches.map((r) => r.p99));
    const ratio = +(Math.min(...searches.map((r) => r.rps)) / rows[0]!.rps).toFixed(2);
    console.log(`Search: ${ratio}× the static route's req/s; target p99 ≤ 50 ms at ${CONNECTIONS} connections → ${worst <= 50 ? "met" : "MISSED"} (${worst} ms)`);
    return { catalog: { topics, keyPoints, resources }, rows, ratio, sqlAlone };
  } finally {
    app?.kill("SIGTERM");
    await database.stop();
  }
}

// Run alone: pin like bench/run.ts does (servers on core 0, this process on core 1).
if (process.argv[1]?.endsWith(path.join("bench", "search.ts"))) {
  const pinned = cpus().length >= 2 && spawnSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" }).status === 0;
  runSearchBench({ pinned }).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
