// Which version of the catalog this process serves. The catalog pages are
// static (rendered once, kept by Next) and the catalog data the per-request
// pages use is cached in memory (lib/catalog/cache.ts); both are keyed by the
// content version in PostgreSQL (`content_version`, moved by contentChanged).
// Each instance reads that one row at most every CHECK_EVERY_MS, on a request;
// when it moved, the cached data is dropped and the next route handler
// revalidates every static page (`revalidatePath("/", "layout")`): a change
// made on any instance reaches every other within a few seconds.
// No "server-only" guard: contentChanged (the seed calls it) imports this.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";

export const CHECK_EVERY_MS = 2_000;

type Listener = () => void;

const state = {
  /** The version this process's caches reflect (null: not read yet). */
  seen: null as number | null,
  checkedAt: 0,
  reading: null as Promise<number> | null,
  /** Static pages may be older than `seen`: the next route handler revalidates them. */
  pagesStale: false,
  listeners: new Set<Listener>(),
};

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

async function readVersion(): Promise<number> {
  const row = await db.contentVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0;
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
  if (!state.pagesStale) return;
  state.pagesStale = false;
  revalidateAllPages();
}

/** This process wrote a new version (contentChanged): forget the old data, revalidate now when in a request. */
export function contentMovedHere(version: number) {
  if (state.seen !== null && version <= state.seen) return;
  moved(version);
  state.checkedAt = Date.now();
  try {
    revalidateAllPages();
    state.pagesStale = false;
  } catch {
    // Outside a request (the seed, a job): the next route handler of each instance does it.
  }
}

function revalidateAllPages() {
  revalidatePath("/", "layout");
}

/** Tests: forget what this process saw. */
export function resetContentVersionForTests() {
  Object.assign(state, { seen: null, checkedAt: 0, reading: null, pagesStale: false });
}
