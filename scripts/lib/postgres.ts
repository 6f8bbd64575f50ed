// Databases for the app, the tests and the benchmarks: a fresh database on a
// real server, or the embedded PGlite in a child process.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";

/**
 * A database and the environment every process using it needs (`env`):
 * PGlite's socket server feeds all connections into ONE session message by
 * message (electric-sql/pglite#1046), so interleaved extended-protocol
 * exchanges and transactions from two connections corrupt each other, and a
 * prepared statement outlives the connection that made it. Every client of
 * the embedded database therefore keeps to one connection, unprepared.
 */
export type Database = { url: string; env: Record<string, string>; stop: () => Promise<void> };

export const EMBEDDED_ENV = { DATABASE_POOL_MAX: "1", DATABASE_PREPARED_STATEMENTS: "false" } as const;

/** Starts PGlite behind a socket (data in `dataDir`, or in memory) on `port` (0: a free one). */
export async function startPglite(dataDir?: string, port = 0): Promise<Database & { process: ChildProcess }> {
  const args = [path.join("scripts", "pglite-server.ts"), ...(dataDir ? ["--data", dataDir] : []), "--port", String(port)];
  const child = spawn(path.join("node_modules", ".bin", "tsx"), args, { stdio: ["pipe", "pipe", "inherit"] });
  const listening = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`PGlite server exited with code ${code} before it was ready`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url: `postgresql://postgres:postgres@127.0.0.1:${listening}/postgres`, env: { ...EMBEDDED_ENV }, stop, process: child };
}

/** Creates an empty database named `<prefix>_<random>` next to `serverUrl`'s; `stop` drops it. */
export async function createFreshDatabase(serverUrl: string, prefix = "waypoint_test"): Promise<Database> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), env: {}, stop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** A database for a test or benchmark run: fresh on DATABASE_URL's server when set, else in-memory PGlite. */
export async function startTestDatabase(prefix?: string): Promise<Database & { embedded: boolean }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return { ...(await createFreshDatabase(serverUrl, prefix)), embedded: false };
  return { ...(await startPglite()), embedded: true };
}
