import "server-only";
import { getTopic, getTrack, listTracks } from "@/lib/catalog/data";
import { contentVersion, onContentMoved } from "@/lib/catalog/version";

// Catalog data kept in memory per content version: the per-request pages (the
// dashboard, the landing page for an expired session) and the static pages'
// generateMetadata + page pair read each track and topic once per version,
// not once per request. Emptied when the version moves (lib/catalog/version.ts).
// One map per process on globalThis, like the version it follows: pages and
// route handlers are separate bundles with separate copies of this module.
const shared = globalThis as typeof globalThis & { waypointCatalogCache?: Map<string, Promise<unknown>> };
const entries = (shared.waypointCatalogCache ??= createEntries());

function createEntries() {
  const map = new Map<string, Promise<unknown>>();
  onContentMoved(() => map.clear());
  return map;
}

/** `load()`'s result for `key`, loaded once per content version (a failed load is not kept). */
export async function cachedCatalog<T>(key: string, load: () => Promise<T>): Promise<T> {
  await contentVersion();
  let entry = entries.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = load();
    entries.set(key, entry);
    entry.catch(() => entries.delete(key));
  }
  return entry;
}

/** Only what exists is kept: unknown slugs are not remembered (they would grow the map without bound). */
async function cachedUnlessMissing<T>(key: string, load: () => Promise<T | null>): Promise<T | null> {
  const value = await cachedCatalog(key, load);
  if (value === null) entries.delete(key);
  return value;
}

/** The catalog reads of the pages, once per content version. */
export const cachedTracks = () => cachedCatalog("tracks", listTracks);
export const cachedTrack = (slug: string) => cachedUnlessMissing(`track:${slug}`, () => getTrack(slug));
export const cachedTopic = (slug: string) => cachedUnlessMissing(`topic:${slug}`, () => getTopic(slug));
