// `npm start`: serves Waypoint on PORT (default 3000), on loopback unless HOST
// says otherwise (HOST=0.0.0.0 in a container).
// Without DATABASE_URL it starts the embedded PGlite (data kept in .data/pglite)
// and a demo learner whose password is generated on the first start and kept
// in .data; with it, it uses that PostgreSQL. Either way it applies
// migrations, runs the idempotent seed and builds the app when needed first.
// The served process also works the job queue (JOBS_WORKER=inline by default).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { buildIfNeeded } from "./lib/build";
import { serverArgs } from "./lib/cluster";
import { startPglite, type Database } from "./lib/postgres";
import { migrateAndSeed } from "./lib/run";
import { authSecret, DATA_DIR, keptSecret } from "./lib/secrets";
import { waitForOk } from "./lib/wait";

const DEMO_EMAIL = "demo@waypoint.local";

/** The demo learner's password: random per installation, never a published one. */
const demoPassword = () => keptSecret("demo-password", () => randomBytes(12).toString("base64url"));

async function main() {
  const port = process.env.PORT ?? "3000";
  let database: Database | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log(`No DATABASE_URL: starting the embedded PGlite database (${path.join(DATA_DIR, "pglite")}).`);
    database = await startPglite(path.join(DATA_DIR, "pglite"));
    databaseUrl = database.url;
  }
  const stopDatabase = async () => database?.stop();

  // The demo learner exists on the embedded database, or wherever DEMO_EMAIL/DEMO_PASSWORD ask for one.
  const demo = process.env.DEMO_EMAIL && process.env.DEMO_PASSWORD
    ? { email: process.env.DEMO_EMAIL, password: process.env.DEMO_PASSWORD }
    : database ? { email: DEMO_EMAIL, password: demoPassword() } : null;

  const env = {
    ...process.env,
    ...database?.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // The app process works the job queue too (link health; instrumentation.ts), unless JOBS_WORKER=off
    // (workers run apart with `npm run worker`). The worker then handles SIGTERM, so Next must not exit first.
    JOBS_WORKER: process.env.JOBS_WORKER ?? "inline",
    NEXT_MANUAL_SIG_HANDLE: (process.env.JOBS_WORKER ?? "inline") === "inline" ? "true" : process.env.NEXT_MANUAL_SIG_HANDLE,
  };
  try {
    await migrateAndSeed(databaseUrl, { ...database?.env, DEMO_EMAIL: demo?.email, DEMO_PASSWORD: demo?.password });
    await buildIfNeeded(env);
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const next = spawn(process.execPath, serverArgs(), {
    env: { ...env, PORT: port, HOST: process.env.HOST ?? "127.0.0.1" },
    stdio: "inherit",
  });
  const shutdown = (signal: NodeJS.Signals) => {
    if (next.exitCode === null) next.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  next.once("exit", async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });

  await waitForOk(`http://127.0.0.1:${port}/api/tracks`);
  console.log(`\nWaypoint is running at http://localhost:${port}`);
  if (demo) console.log(`Demo login: ${demo.email} / ${demo.password}`);
  console.log("Press Ctrl+C to stop.\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
