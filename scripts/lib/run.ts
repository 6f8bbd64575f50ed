import { spawn } from "node:child_process";
import path from "node:path";

/** Runs a command (a binary of node_modules/.bin by name) and rejects when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false): Promise<void> {
  const bin = path.resolve("node_modules", ".bin");
  // Like npm scripts: local binaries first (the seed command calls `tsx`).
  const withBin = { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? ""}` };
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(bin, command), args, { env: withBin, stdio: quiet ? ["ignore", "pipe", "inherit"] : "inherit" });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with code ${code}`)),
    );
  });
}

/** Applies the committed migrations and runs the idempotent seed against `databaseUrl`. */
export async function migrateAndSeed(databaseUrl: string, extraEnv: Record<string, string | undefined> = {}, quiet = false) {
  const env = { ...process.env, ...extraEnv, DATABASE_URL: databaseUrl };
  await run("prisma", ["migrate", "deploy"], env, quiet);
  await run("prisma", ["db", "seed"], env, quiet);
}
