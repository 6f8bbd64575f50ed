// The server Playwright tests run against (playwright.config.ts `webServer`):
// a fresh database (a new one on DATABASE_URL's server, else in-memory PGlite),
// migrated and seeded with the demo learner and an admin, and a production build of the app
// on E2E_PORT (3100). Stops on SIGINT/SIGTERM and drops its database.
//
//   tsx scripts/e2e-server.ts
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./lib/build";
import { startTestDatabase, type Database } from "./lib/postgres";
import { migrateAndSeed } from "./lib/run";
import { DEMO_LEARNER } from "../tests/e2e/support/demo-learner";
import { E2E_ADMIN } from "../tests/e2e/support/admin";
import { DATABASE_FILE } from "../tests/e2e/support/database";

const PORT = process.env.E2E_PORT ?? "3100";
// Signs test sessions only; never used outside this throwaway server.
const AUTH_SECRET = "waypoint-e2e-secret-not-for-production-use-0123456789";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const startedAt = Date.now();
const log = (message: string) =>
  process.stderr.write(`[e2e-server] ${((Date.now() - startedAt) / 1000).toFixed(1)}s ${message}\n`);

/** House rule: end-to-end tests never touch a database that is not on this machine. */
function assertLocalDatabase(url: string) {
  const { hostname } = new URL(url);
  if (!LOCAL_HOSTS.has(hostname)) {
    throw new Error(`Refusing to run e2e tests against the database on "${hostname}": only localhost is allowed.`);
  }
}

/** Builds when stale, from the test database (the catalog pages are prerendered from it). */
async function buildIfStale(prepared: Database) {
  log((await buildIfNeeded({ ...process.env, ...prepared.env, DATABASE_URL: prepared.url })) ? "next build done" : "build is up to date");
}

let preparing: Promise<unknown> | undefined;
let database: Awaited<ReturnType<typeof startTestDatabase>> | undefined;
let next: ChildProcess | undefined;
let stopping: Promise<never> | undefined;

/** A fresh, migrated and seeded database; kept in `database` as soon as it exists, so shutdown drops it. */
async function prepareDatabase() {
  database = await startTestDatabase("waypoint_e2e");
  assertLocalDatabase(database.url);
  await migrateAndSeed(
    database.url,
    { ...database.env, DEMO_EMAIL: DEMO_LEARNER.email, DEMO_PASSWORD: DEMO_LEARNER.password, ADMIN_EMAIL: E2E_ADMIN.email, ADMIN_PASSWORD: E2E_ADMIN.password },
    true,
  );
  // Specs make their own content and read the audit log through it (tests/e2e/support/database.ts).
  mkdirSync(path.dirname(DATABASE_FILE), { recursive: true });
  writeFileSync(DATABASE_FILE, JSON.stringify({ url: database.url }));
  log(`database ready (${database.embedded ? "embedded PGlite" : new URL(database.url).pathname.slice(1)})`);
  return database;
}

/** Stops next, then the database; safe to call more than once (signals arrive twice through tsx). */
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    // A signal during preparation: let it settle, so a created database is known and dropped.
    await preparing?.catch(() => undefined);
    if (next && next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((resolve) => next!.once("exit", resolve));
      next.kill("SIGTERM");
      await exited;
    }
    await database?.stop().catch((error: unknown) => log(`could not stop the database: ${String(error)}`));
    process.exit(code);
  })();
  return stopping;
}

async function main() {
  // Checked before anything connects, so a remote server never sees a CREATE DATABASE.
  if (process.env.DATABASE_URL) assertLocalDatabase(process.env.DATABASE_URL);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));

  // The database first: the build reads the catalog from it. Both steps finish before shutdown() looks at `database`.
  const steps = prepareDatabase().then(async (ready) => (await buildIfStale(ready), ready));
  preparing = steps;
  const prepared = { value: await steps };
  if (stopping) return; // a signal arrived while preparing: shutdown() takes it from here

  log(`app server on port ${PORT}`);
  next = spawn(path.join("node_modules", ".bin", "tsx"), [path.join("scripts", "server.ts")], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT,
      HOST: "127.0.0.1",
      ...prepared.value.env,
      DATABASE_URL: prepared.value.url,
      AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      // No link-check worker: a run would look up the seed's internet hosts, and tests stay on loopback.
      JOBS_WORKER: "off",
      // Every journey signs up from 127.0.0.1, and CI runs the suite twice on one server
      // (.ci/run: --repeat-each 2): past the default 20 sign-ups per client per hour. The limit
      // itself is tested in tests/integration/users.test.ts.
      SIGN_UP_MAX_PER_IP_PER_HOUR: "1000",
    },
  });
  next.once("exit", (code, signal) => {
    if (!stopping) log(`next exited (${signal ?? code})`);
    void shutdown(code ?? 0);
  });
}

main().catch(async (error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  await shutdown(1);
});
