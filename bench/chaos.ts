// `npm run chaos`: the cluster under load while things break, then a check
// that nothing acknowledged was lost. On a PRIVATE PostgreSQL server (initdb +
// pg_ctl in a temporary folder, port CHAOS_PG_PORT) — never the machine's
// shared one — it starts the cluster (2 instances behind nginx on
// CHAOS_PORT), signs up CHAOS_LEARNERS learners (50), and for CHAOS_SECONDS
// (60) sends every write (topic statuses, resource ticks, notes) 3 times in
// shuffled order through different entry points (each instance directly, and
// nginx), mixed with dashboard and catalog reads. A third of the way in
// PostgreSQL is stopped for CHAOS_OUTAGE_SECONDS (3) and started again; two
// thirds in, one instance gets SIGTERM and is started again. Clients retry a
// write (503, 502, a refused connection) until it is acknowledged.
//
// Then it checks: the database holds exactly the state the acknowledged
// writes imply (nothing lost, no duplicate rows), no instance exited on its
// own and the stopped one exited 0, requests made during the outage failed
// fast (≤ 5 s) with 503, and every write was acknowledged in the end. It prints
// requests served, errors by status, p50/p99 and the ratio of the cluster's
// read throughput to one instance's, measured in the same run. Non-zero exit
// on any violation. Results also go to bench/results/chaos.json.
import { randomBytes, randomInt } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfNeeded } from "../scripts/lib/build";
import { findNginx, removeNginxDir, startCluster, type Cluster, type Exit } from "../scripts/lib/cluster";
import { call, signIn, signUp } from "../scripts/lib/http-client";
import { startPrivatePostgres, type PrivatePostgres } from "../scripts/lib/private-postgres";
import { migrateAndSeed } from "../scripts/lib/run";

const SECONDS = Number(process.env.CHAOS_SECONDS ?? 60);
const LEARNERS = Number(process.env.CHAOS_LEARNERS ?? 50);
const OUTAGE_SECONDS = Number(process.env.CHAOS_OUTAGE_SECONDS ?? 3);
const BASELINE_SECONDS = Number(process.env.CHAOS_BASELINE_SECONDS ?? 10);
const PORT = Number(process.env.CHAOS_PORT ?? 3140);
const PG_PORT = Number(process.env.CHAOS_PG_PORT ?? 3148);
const WRITERS = 12;
const READERS = 6;
const FAIL_FAST_MS = 5_000;
const COPIES = 3;
const PASSWORD = `chaos-${randomBytes(8).toString("hex")}`;
const AUTH_SECRET = "chaos-secret-chaos-secret-chaos-secret-0123";
const STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"] as const;
const RETRYABLE = new Set([0, 502, 503, 504]); // 0: the connection failed

const say = (message: string) => console.log(`[chaos] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shuffle = <T>(items: T[]) => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};
const pick = <T>(items: readonly T[]) => items[randomInt(items.length)]!;

type Sample = { start: number; ms: number; status: number; kind: "read" | "write" };
type Learner = { id: string; cookie: string };
type Topic = { slug: string; resourceIds: string[] };

/** Every request made, for the figures and the outage check. */
const samples: Sample[] = [];
const violations: string[] = [];

async function timed(kind: Sample["kind"], request: () => Promise<{ status: number }>): Promise<number> {
  const start = Date.now();
  let status = 0;
  try {
    status = (await request()).status;
  } catch {
    status = 0; // refused or reset: the instance is down
  }
  samples.push({ start, ms: Date.now() - start, status, kind });
  return status;
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** One read of the mix: a learner's dashboard, the track list, or a topic page's data. */
function readOnce(base: string, learners: Learner[], topics: Topic[]) {
  const roll = randomInt(3);
  if (roll === 0) return timed("read", () => call(base, "/api/me/progress", { cookie: pick(learners).cookie }));
  if (roll === 1) return timed("read", () => call(base, "/api/tracks"));
  return timed("read", () => call(base, `/api/topics/${pick(topics).slug}`));
}

/** The read mix for `seconds` with READERS concurrent clients against `base`; the answers taken. */
async function readFor(base: string, seconds: number, learners: Learner[], topics: Topic[]): Promise<Sample[]> {
  const from = samples.length;
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: READERS }, async () => {
    while (Date.now() < until) await readOnce(base, learners, topics);
  }));
  const taken = samples.splice(from);
  if (taken.some((s) => s.status !== 200)) violations.push(`baseline against ${base}: ${taken.filter((s) => s.status !== 200).length} non-200 answers`);
  return taken;
}

const ROUNDS = 4;

/**
 * The same read mix against one instance directly and against the cluster,
 * in alternating rounds (so that other load on the machine falls on both
 * alike): requests per second, p50 and p99 of each.
 */
async function compareReads(single: string, cluster: string, seconds: number, learners: Learner[], topics: Topic[]) {
  const taken = { single: [] as Sample[], cluster: [] as Sample[] };
  for (let round = 0; round < ROUNDS; round++) {
    taken.single.push(...(await readFor(single, seconds / ROUNDS, learners, topics)));
    taken.cluster.push(...(await readFor(cluster, seconds / ROUNDS, learners, topics)));
  }
  const figures = (list: Sample[]) => {
    const ms = list.map((s) => s.ms);
    return { rps: Math.round((list.length / seconds) * 10) / 10, p50: percentile(ms, 50), p99: percentile(ms, 99) };
  };
  return { single: figures(taken.single), clustered: figures(taken.cluster) };
}

/** The longest time an instance spent on a request that reached it during `window` (from its JSON log lines). */
function serverSideMax(logFile: string, window: { from: number; to: number }): number {
  let max = 0;
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    if (!line.startsWith("{") || !line.includes('"msg":"request"')) continue;
    const entry = JSON.parse(line) as { time: string; durationMs: number };
    const start = Date.parse(entry.time) - entry.durationMs;
    if (start >= window.from && start <= window.to) max = Math.max(max, Math.round(entry.durationMs));
  }
  return max;
}

async function main() {
  if (!findNginx()) throw new Error("nginx is not installed (apt-get install nginx)");
  const logDir = mkdtempSync(path.join(tmpdir(), "waypoint-chaos-"));
  let database: PrivatePostgres | undefined;
  let cluster: Cluster | undefined;
  try {
    say(`private PostgreSQL on port ${PG_PORT}`);
    database = await startPrivatePostgres(PG_PORT);
    await migrateAndSeed(database.url, { ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined, DEMO_EMAIL: undefined, DEMO_PASSWORD: undefined, SEED_SOURCE: undefined }, true);
    await buildIfNeeded();
    cluster = await startCluster({
      databaseUrl: database.url,
      port: PORT,
      instances: 2,
      logFile: path.join(logDir, "instances.log"),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AUTH_SECRET,
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_MANUAL_SIG_HANDLE: "true",
        JOBS_WORKER: "inline",
        DATABASE_POOL_MAX: "10",
        // Every learner signs up from this one machine.
        SIGN_UP_MAX_PER_IP_PER_HOUR: "100000",
      },
    });
    const entries = [...cluster.instances.map((instance) => `http://127.0.0.1:${instance.port}`), cluster.url];
    say(`cluster up: nginx ${cluster.url} → ${cluster.instances.map((i) => i.port).join(", ")}; logs in ${logDir}`);

    // The catalog: every topic and its resources.
    const tracks = (await call(cluster.url, "/api/tracks")).body as Array<{ slug: string }>;
    const topics: Topic[] = [];
    for (const track of tracks) {
      const detail = (await call(cluster.url, `/api/tracks/${track.slug}`)).body as { topics: Array<{ slug: string }> };
      for (const topic of detail.topics) {
        const page = (await call(cluster.url, `/api/topics/${topic.slug}`)).body as { resources: Array<{ id: string }> };
        topics.push({ slug: topic.slug, resourceIds: page.resources.map((r) => r.id) });
      }
    }
    // Statuses on even topics, ticks on odd ones (ticks roll statuses up: kept apart so each has one writer), notes on all.
    const statusTopics = topics.filter((_, i) => i % 2 === 0);
    const tickResources = topics.filter((_, i) => i % 2 === 1).flatMap((t) => t.resourceIds);

    const learners: Learner[] = [];
    for (let i = 0; i < LEARNERS; i += 5) {
      learners.push(...(await Promise.all(Array.from({ length: Math.min(5, LEARNERS - i) }, async (_, j) => {
        const email = `chaos-${i + j}-${randomBytes(4).toString("hex")}@example.com`;
        const created = await signUp(entries[(i + j) % entries.length]!, { email, name: `Chaos ${i + j}`, password: PASSWORD });
        if (created.status !== 201) throw new Error(`sign-up answered ${created.status}`);
        const session = await signIn(entries[(i + j + 1) % entries.length]!, email, PASSWORD);
        if (!session.session) throw new Error(`sign-in failed (${session.code})`);
        return { id: (created.body as { id: string }).id, cookie: session.session };
      }))));
    }
    say(`${learners.length} learners × ${topics.length} topics (${tickResources.length} resources to tick)`);

    // Same run, same read mix: one instance directly vs the cluster through nginx.
    const { single, clustered } = await compareReads(entries[0]!, cluster.url, BASELINE_SECONDS, learners, topics);
    say(`reads, ${READERS} clients: one instance ${single.rps} req/s (p50 ${single.p50} ms, p99 ${single.p99} ms); cluster ${clustered.rps} req/s (p50 ${clustered.p50} ms, p99 ${clustered.p99} ms)`);

    // What the acknowledged writes imply, per key.
    const expected = { status: new Map<string, string>(), tick: new Map<string, boolean>(), note: new Map<string, string>() };
    let operations = 0;
    let retriedCopies = 0;
    const started = Date.now();
    const until = started + SECONDS * 1000;
    const giveUpAt = until + 120_000;

    /** Sends one copy until it is acknowledged; any answer other than 2xx or a retryable failure is a violation. */
    async function deliver(first: string, send: (base: string) => Promise<{ status: number }>, what: string) {
      let base = first;
      for (let attempt = 1; ; attempt++) {
        const status = await timed("write", () => send(base));
        if (status >= 200 && status < 300) return;
        if (!RETRYABLE.has(status)) {
          violations.push(`${what}: answered ${status}`);
          return;
        }
        if (Date.now() > giveUpAt) {
          violations.push(`${what}: still unacknowledged after ${attempt} attempts`);
          return;
        }
        retriedCopies += attempt === 1 ? 1 : 0;
        base = cluster!.url; // retry through the proxy, which skips a dead instance
        await sleep(200 + randomInt(300));
      }
    }

    async function writer(index: number) {
      const mine = learners.filter((_, i) => i % WRITERS === index);
      if (mine.length === 0) return;
      while (Date.now() < until) {
        const learner = pick(mine);
        const roll = randomInt(3);
        let key: string;
        let send: (base: string) => Promise<{ status: number }>;
        let commit: () => void;
        if (roll === 0) {
          const topic = pick(statusTopics);
          const status = pick(STATUSES);
          key = `${learner.id}|${topic.slug}`;
          send = (base) => call(base, `/api/progress/topics/${topic.slug}`, { method: "PUT", json: { status }, cookie: learner.cookie });
          commit = () => expected.status.set(key, status);
        } else if (roll === 1) {
          const resourceId = pick(tickResources);
          const done = randomInt(2) === 0;
          key = `${learner.id}|${resourceId}`;
          send = (base) => call(base, `/api/progress/resources/${resourceId}`, { method: "PUT", json: { done }, cookie: learner.cookie });
          commit = () => expected.tick.set(key, done);
        } else {
          const topic = pick(topics);
          const body = `chaos note ${operations} ${randomBytes(6).toString("hex")}`;
          key = `${learner.id}|${topic.slug}`;
          send = (base) => call(base, `/api/notes/${topic.slug}`, { method: "PUT", json: { body }, cookie: learner.cookie });
          commit = () => expected.note.set(key, body);
        }
        operations++;
        // The same write three times at once, each through a different entry point, in shuffled order.
        await Promise.all(shuffle(entries).slice(0, COPIES).map((base) => deliver(base, send, `write ${key}`)));
        commit();
      }
    }

    async function reader() {
      while (Date.now() < until) await readOnce(cluster!.url, learners, topics);
    }

    // The two incidents, a third and two thirds of the way in.
    let outage: { from: number; to: number } | undefined;
    let stoppedInstance: Exit | undefined;
    const incidents = (async () => {
      await sleep(SECONDS * 333);
      say("stopping PostgreSQL");
      await database!.stopServer();
      const from = Date.now();
      await sleep(OUTAGE_SECONDS * 1000);
      const to = Date.now();
      outage = { from, to };
      await database!.startServer();
      say(`PostgreSQL is back after ${((Date.now() - from) / 1000).toFixed(1)} s`);
      await sleep(Math.max(0, started + SECONDS * 667 - Date.now()));
      say(`SIGTERM to ${cluster!.instances[1]!.name}`);
      stoppedInstance = await cluster!.stopInstance(1);
      say(`${cluster!.instances[1]!.name} exited ${JSON.stringify(stoppedInstance)}; starting it again`);
      await cluster!.startInstance(1);
      say(`${cluster!.instances[1]!.name} is serving again`);
    })();

    const chaosFrom = samples.length;
    await Promise.all([...Array.from({ length: WRITERS }, (_, i) => writer(i)), ...Array.from({ length: READERS }, () => reader()), incidents]);
    const chaosSamples = samples.slice(chaosFrom);
    const elapsed = (Date.now() - started) / 1000;

    // The incidents' checks.
    if (!stoppedInstance || stoppedInstance.code !== 0) violations.push(`the SIGTERMed instance exited ${JSON.stringify(stoppedInstance)}, not 0`);
    if (cluster.crashes.length) violations.push(`instances exited on their own: ${JSON.stringify(cluster.crashes)}`);
    const during = outage ? chaosSamples.filter((s) => s.start >= outage!.from && s.start <= outage!.to) : [];
    const slow = during.filter((s) => s.ms > FAIL_FAST_MS);
    const wrong = during.filter((s) => s.status !== 503 && !(s.status >= 200 && s.status < 300));
    if (during.length === 0) violations.push("no request was made during the database outage");
    if (slow.length) violations.push(`${slow.length} request(s) during the outage took over ${FAIL_FAST_MS} ms (max ${Math.max(...slow.map((s) => s.ms))} ms)`);
    if (wrong.length) violations.push(`${wrong.length} request(s) during the outage answered neither 503 nor 2xx: ${[...new Set(wrong.map((s) => s.status))].join(", ")}`);
    const unavailableDuring = during.filter((s) => s.status === 503).length;
    // The same requests as the instances saw them (their log lines): time spent in the app, without the
    // load generator's and the proxy's queueing, which a loaded machine adds to the client's figure.
    const serverSideMaxMs = outage ? serverSideMax(path.join(logDir, "instances.log"), outage) : 0;
    if (unavailableDuring === 0) violations.push("no request answered 503 during the outage");
    if (retriedCopies === 0) violations.push("no write needed a retry: the incidents did not bite");
    // A server error other than "unavailable, retry" is a defect wherever it happens (reads included).
    const serverErrors = chaosSamples.filter((s) => s.status >= 500 && s.status !== 503);
    if (serverErrors.length) violations.push(`${serverErrors.length} answer(s) with ${[...new Set(serverErrors.map((s) => s.status))].join(", ")} (only 503 may signal the outage)`);

    // The database against the acknowledged writes.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const ids = learners.map((l) => l.id);
      const statuses = await client.query<{ user_id: string; slug: string; status: string }>(
        `SELECT p.user_id, t.slug, p.status FROM topic_progress p JOIN topics t ON t.id = p.topic_id WHERE p.user_id = ANY($1)`, [ids]);
      const statusRows = new Map(statuses.rows.map((r) => [`${r.user_id}|${r.slug}`, r.status]));
      let lost = 0;
      for (const [key, status] of expected.status) if ((statusRows.get(key) ?? "NOT_STARTED") !== status) lost++;
      const ticks = await client.query<{ user_id: string; resource_id: string; done: boolean }>(
        `SELECT user_id, resource_id, done FROM resource_progress WHERE user_id = ANY($1)`, [ids]);
      const tickRows = new Map(ticks.rows.map((r) => [`${r.user_id}|${r.resource_id}`, r.done]));
      for (const [key, done] of expected.tick) if ((tickRows.get(key) ?? false) !== done) lost++;
      const extraTicks = ticks.rows.filter((r) => r.done && !expected.tick.get(`${r.user_id}|${r.resource_id}`)).length;
      const notes = await client.query<{ user_id: string; slug: string; body: string }>(
        `SELECT n.user_id, t.slug, n.body FROM notes n JOIN topics t ON t.id = n.topic_id WHERE n.user_id = ANY($1)`, [ids]);
      const noteRows = new Map(notes.rows.map((r) => [`${r.user_id}|${r.slug}`, r.body]));
      for (const [key, body] of expected.note) if (noteRows.get(key) !== body) lost++;
      const extraNotes = notes.rows.length - expected.note.size;
      const duplicates = await client.query<{ n: string }>(`
        SELECT (SELECT count(*) FROM (SELECT 1 FROM topic_progress GROUP BY user_id, topic_id HAVING count(*) > 1) a)
             + (SELECT count(*) FROM (SELECT 1 FROM resource_progress GROUP BY user_id, resource_id HAVING count(*) > 1) b)
             + (SELECT count(*) FROM (SELECT 1 FROM notes GROUP BY user_id, topic_id HAVING count(*) > 1) c) AS n`);
      const duplicateRows = Number(duplicates.rows[0]!.n);
      if (lost) violations.push(`${lost} acknowledged write(s) not in the database`);
      if (extraTicks || extraNotes) violations.push(`rows no acknowledged write explains: ${extraTicks} tick(s), ${extraNotes} note(s)`);
      if (duplicateRows) violations.push(`${duplicateRows} duplicated row key(s)`);

      // The figures.
      const byStatus = new Map<string, number>();
      for (const s of chaosSamples) byStatus.set(s.status === 0 ? "connection failed" : String(s.status), (byStatus.get(s.status === 0 ? "connection failed" : String(s.status)) ?? 0) + 1);
      const served = chaosSamples.filter((s) => s.status >= 200 && s.status < 300);
      const errors = Object.fromEntries([...byStatus].filter(([status]) => !/^2/.test(status)).sort());
      const result = {
        seconds: Math.round(elapsed),
        learners: learners.length,
        topics: topics.length,
        writeOperations: operations,
        requests: chaosSamples.length,
        served: served.length,
        errorsByStatus: errors,
        latencyMs: { p50: percentile(served.map((s) => s.ms), 50), p99: percentile(served.map((s) => s.ms), 99) },
        outage: { seconds: OUTAGE_SECONDS, requests: during.length, answered503: unavailableDuring, maxMs: during.length ? Math.max(...during.map((s) => s.ms)) : 0, serverSideMaxMs },
        retriedCopies,
        lost,
        duplicateRows,
        reads: { singleInstance: single, cluster: clustered, ratio: Math.round((clustered.rps / single.rps) * 100) / 100 },
        violations,
      };
      console.log(JSON.stringify(result, null, 2));
      mkdirSync(path.join("bench", "results"), { recursive: true });
      writeFileSync(path.join("bench", "results", "chaos.json"), JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2));
      say(`${result.requests} requests in ${result.seconds} s, ${result.served} served; errors ${JSON.stringify(errors)}; p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`);
      say(`outage: ${during.length} request(s), ${unavailableDuring} answered 503, slowest ${result.outage.maxMs} ms (in the app: ${serverSideMaxMs} ms); ${retriedCopies} write copies retried; lost ${lost}, duplicates ${duplicateRows}`);
      say(`read throughput, cluster ÷ one instance: ${result.reads.ratio}`);
    } finally {
      await client.end();
    }
  } finally {
    if (cluster) {
      await cluster.stop();
      removeNginxDir(cluster);
    }
    await database?.destroy();
    if (violations.length === 0) rmSync(logDir, { recursive: true, force: true });
  }
  if (violations.length) {
    for (const violation of violations) say(`VIOLATION: ${violation}`);
    process.exit(1);
  }
  say("no violations");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
