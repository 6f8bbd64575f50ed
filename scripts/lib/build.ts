import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { run } from "./run";

// What a production build is made from: when any of it is newer than the
// build, the build is stale.
const SOURCES = ["app", "components", "lib", "next.config.js", "proxy.ts", "instrumentation-client.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules"]);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry)
    .filter((name) => !SKIP.has(name))
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** True when `.next` is missing or older than any source it was built from. */
export function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

/**
 * The environment of `next build`. The catalog pages are prerendered from the
 * database, so `env` must name a migrated one (DATABASE_URL); the build needs
 * no auth secret of its own, so a placeholder stands in when none is set.
 */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { AUTH_SECRET: "build-time-placeholder-not-used-to-sign-anything", ...env, NEXT_TELEMETRY_DISABLED: "1" };
}

/** Runs `next build` (against `env`'s DATABASE_URL) when the current build is missing or stale. */
export async function buildIfNeeded(env: NodeJS.ProcessEnv = process.env) {
  if (!buildIsStale()) return false;
  await run("next", ["build"], buildEnv(env));
  return true;
}
