// Points the app's modules at another database (or another pool size) for one
// test file. lib/db.ts reads DATABASE_URL and DATABASE_POOL_MAX when it is
// imported and caches its client on globalThis.waypointDb, so switching means:
// set the env, drop the cached client, reset the module registry, and import
// the app modules again (dynamically, after the switch). `restore` closes the
// new pool and puts everything back, so tests/integration/setup.ts still
// disconnects the worker's original client at the end.
import { vi } from "vitest";

type DbModule = typeof import("@/lib/db");
type Cache = typeof globalThis & { waypointDb?: unknown };
const cache = globalThis as Cache;

export type AppDatabase = {
  /** lib/db.ts as imported after the switch: `db`, `dbPool`, `disconnectDb`. */
  dbModule: DbModule;
  /** Closes the switched pool and restores the env, the cached client and the module registry. */
  restore: () => Promise<void>;
};

export async function pointAppAt({ url, poolMax }: { url?: string; poolMax?: number }): Promise<AppDatabase> {
  const saved = { url: process.env.DATABASE_URL, poolMax: process.env.DATABASE_POOL_MAX, hadClient: "waypointDb" in cache, client: cache.waypointDb };
  if (url) process.env.DATABASE_URL = url;
  if (poolMax) process.env.DATABASE_POOL_MAX = String(poolMax);
  delete cache.waypointDb;
  vi.resetModules();
  const dbModule: DbModule = await import("@/lib/db");
  let restored = false;
  return {
    dbModule,
    restore: async () => {
      if (restored) return;
      restored = true;
      // Globals first, so the worker's own teardown finds its original client whatever happens next.
      const put = (name: string, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
      put("DATABASE_URL", saved.url);
      put("DATABASE_POOL_MAX", saved.poolMax);
      if (saved.hadClient) cache.waypointDb = saved.client;
      else delete cache.waypointDb;
      vi.resetModules();
      // pool.end() waits for every checked-out client; one that was never released would
      // hold the worker forever. Bounded, and said out loud when it happens.
      let guard: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => (guard = setTimeout(() => resolve(true), 30_000)));
      const stuck = await Promise.race([dbModule.disconnectDb().then(() => false), timedOut]);
      clearTimeout(guard);
      if (stuck) {
        const pool = dbModule.dbPool;
        console.warn(`[app-database] pool.end() did not finish in 30 s: ${pool.totalCount - pool.idleCount} client(s) never released`);
      }
    },
  };
}
