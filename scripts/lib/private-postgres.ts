// A throwaway PostgreSQL server of our own (initdb + pg_ctl into a temporary
// folder, on its own port), for checks that stop and restart the database —
// which must never happen to the machine's shared server. PostgreSQL refuses
// to run as root: as root, its commands run as the `postgres` user.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** PG_BIN, else the newest /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((version) => path.join(root, version, "bin")).find((bin) => existsSync(path.join(bin, "pg_ctl")));
  return found ?? null;
}

export type PrivatePostgres = {
  url: string;
  port: number;
  /** Stops the server (fast: open connections are cut), as in a restart or a crash of the database host. */
  stopServer: () => Promise<void>;
  startServer: () => Promise<void>;
  /** Stops it for good and deletes its folder. */
  destroy: () => Promise<void>;
};

/** Makes a cluster in a temporary folder and starts it on `port` (loopback only, no fsync: data is throwaway). */
export async function startPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL's server binaries were not found (set PG_BIN to the folder holding initdb and pg_ctl)");
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "waypoint-pg-"));
  const data = path.join(dir, "data");
  mkdirSync(data);
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
    chownSync(data, uid, gid);
  }
  chmodSync(data, 0o700);
  // Asynchronous, so that a caller measuring requests meanwhile keeps its event loop.
  const pg = (command: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] : [path.join(bin, command), args];
      execFile(file, argv, { encoding: "utf8" }, (error, stdout, stderr) =>
        error ? reject(new Error(`${command} ${args.join(" ")} failed: ${stderr || stdout || error.message}`)) : resolve(),
      );
    });
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=100`;
  const startServer = () => pg("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  const stopServer = () => pg("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);

  await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  await startServer();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    stopServer,
    startServer,
    destroy: async () => {
      await stopServer().catch(() => undefined); // already stopped
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
