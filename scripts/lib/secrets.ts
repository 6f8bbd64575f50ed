// Secrets that `npm start` and `npm run cluster` generate once and keep in
// .data, so sessions (and the demo login) survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DATA_DIR = ".data";

/** A secret generated once and kept (owner-only) in .data/<name>, so it survives restarts. */
export function keptSecret(name: string, make: () => string): string {
  const file = path.join(DATA_DIR, name);
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, make(), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** AUTH_SECRET from the environment, else one generated once (sessions survive restarts). */
export const authSecret = () => process.env.AUTH_SECRET ?? keptSecret("auth-secret", () => randomBytes(32).toString("base64"));
