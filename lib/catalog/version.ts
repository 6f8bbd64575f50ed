// Which version of the catalog this process serves. The catalog pages are
// static (rendered once, kept by Next) and the catalog data the per-request
// pages use is cached in memory (lib/catalog/cache.ts); both are keyed by the
// content version in PostgreSQL (`content_version`, moved by contentChanged).
// Each instance reads that one row at most every CHECK_EVERY_MS, on a request;
// when it moved, the cached data is dropped and the next route handler
// revalidates every static page (`revalidatePath("/", "layout")`): a change
// made on any instance reaches every other within a few seconds.
// The row is read on a connection of its own (one per process), so the
// check never queues behind requests and never counts among their statements;
// except on the embedded PGlite, where every client keeps to one connection
// (scripts/lib/postgres.ts says why) and the app's own pool reads it.
// No "server-only" guard: contentChanged (the seed calls it) imports this.
import pg from "pg";
import { revalidatePath } from "next/cache";
import { dbPool } from "@/lib/db";
import { dbEnv as env } from "@/lib/env";
import { onShutdown } from "@/lib/lifecycle";

export const CHECK_EVERY_MS = 2_000;

type Listener = () => void;

function initialState() {
  return {
    /** The version this process's caches reflect (null: not read yet). */
    seen: null as number | null,
    checkedAt: 0,
    reading: null as Promise<number> | null,
    /** Static pages may be older than `seen`: the next route handler revalidates them. */
    pagesStale: false,
    listeners: new Set<Listener>(),
    pool: undefined as pg.Pool | undefined,
  };
}

// One state per process, on globalThis: Next bundles route handlers and pages
// separately, each with its own copy of this module, and the copy that sees a
// move (a route handler) must empty the cache the other (a page being
// regenerated) reads from. lib/db.ts shares its pool the same way.
const shared = globalThis as typeof globalThis & { waypointContentVersion?: ReturnType<typeof initialState> };
const state = (shared.waypointContentVersion ??= initialState());

/** Calls `listener` whenever the version moves (the catalog cache empties itself). */
export function onContentMoved(listener: Listener) {
  state.listeners.add(listener);
}

function moved(version: number) {
  state.seen = version;
  // The first reading also counts: the build's pages may come from another database or an older catalog.
  state.pagesStale = true;
  for (const listener of state.listeners) listener();
}

function versionPool(): pg.Pool {
  if (state.pool) return state.pool;
  if (env.DATABASE_POOL_MAX <= 1) return (state.pool = dbPool);
  const created = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000, allowExitOnIdle: true });
  // As in lib/db.ts: a connection dropped by a database restart must not kill the process.
  created.on("error", (error) => console.warn(`[content-version] idle connection lost: ${error.message}`));
  onShutdown("content-version", () => created.end().catch(() => undefined), 100);
  return (state.pool = created);
}

async function readVersion(): Promise<number> {
  const { rows } = await versionPool().query<{ version: number }>("SELECT version FROM content_version WHERE id = 1");
  return rows[0]?.version ?? 0;
}

/** The catalog's version: read from the database at most every CHECK_EVERY_MS per process. */
export async function contentVersion(now = Date.now()): Promise<number> {
  if (state.seen !== null && now - state.checkedAt < CHECK_EVERY_MS) return state.seen;
  state.reading ??= readVersion().finally(() => (state.reading = null));
  const version = await state.reading;
  state.checkedAt = Math.max(state.checkedAt, now);
  if (version !== state.seen) moved(version);
  return version;
}

/**
 * Revalidates the static pages when the version moved since they were made.
 * Called by every route handler (withErrors): Next allows revalidation there,
 * not while a page renders. A failed read is retried by the next request.
 */
export async function revalidateIfContentMoved(): Promise<void> {
  try {
    await contentVersion();
  } catch {
    return;
  }
  if (state.pagesStale && revalidateAllPages()) state.pagesStale = false;
}

/** This process wrote a new version (contentChanged): forget the old data, revalidate now when in a request. */
export function contentMovedHere(version: number) {
  if (state.seen !== null && version <= state.seen) return;
  moved(version);
  state.checkedAt = Date.now();
  if (revalidateAllPages()) state.pagesStale = false;
}

/**
 * Marks every page under the root layout stale; false outside a request that
 * may revalidate (the seed, a job, a test calling a handler directly): the
 * next route handler of each instance does it then.
 */
function revalidateAllPages(): boolean {
  try {
    revalidatePath("/", "layout");
    return true;
  } catch {
    return false;
  }
}

/** Tests: forget what this process saw. */
export function resetContentVersionForTests() {
  Object.assign(state, { seen: null, checkedAt: 0, reading: null, pagesStale: false });
}

/** Tests: whether the static pages still wait for a route handler to revalidate them. */
export const pagesWaitForRevalidation = () => state.pagesStale;
