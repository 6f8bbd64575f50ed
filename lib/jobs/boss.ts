import "server-only";
import { PgBoss, type Db } from "pg-boss";
import { dbPool } from "@/lib/db";
import { dbEnv } from "@/lib/env";
import { QUEUES } from "@/lib/jobs/queues";
import { logger } from "@/lib/log";

// One pg-boss instance per process (the app's routes send jobs, the worker
// works them), kept on globalThis like the Prisma client so Next's separate
// bundles (instrumentation, route handlers) share it.
type BossCache = { boss?: PgBoss; starting?: Promise<PgBoss> };
const cache = globalThis as typeof globalThis & { waypointBoss?: BossCache };
const state = (cache.waypointBoss ??= {});

/**
 * Where pg-boss sends its SQL. On the embedded PGlite every client must keep
 * to ONE connection (its socket server runs all connections in one session,
 * so a second pool's transactions would interleave with the app's): pg-boss
 * then borrows the app's single-connection pool. On PostgreSQL it gets a small
 * pool of its own, so queue polling never waits behind a request.
 */
function connection(): { db: Db } | { connectionString: string; max: number } {
  if (dbEnv.DATABASE_POOL_MAX === 1) {
    return { db: { executeSql: (text: string, values?: unknown[]) => dbPool.query(text, values as unknown[]) } };
  }
  return { connectionString: dbEnv.DATABASE_URL, max: 2 };
}

async function start(): Promise<PgBoss> {
  const boss = new PgBoss({ ...connection(), application_name: "waypoint-jobs" });
  // An EventEmitter without an `error` listener would crash the process on a lost connection.
  boss.on("error", (error) => logger.warn({ component: "jobs" }, error.message));
  await boss.start();
  for (const queue of Object.values(QUEUES)) await boss.createQueue(queue.name, queue.options);
  return boss;
}

/** The started pg-boss instance (installs its schema and our queues on first use). */
export async function getBoss(): Promise<PgBoss> {
  if (state.boss) return state.boss;
  state.starting ??= start().then(
    (boss) => (state.boss = boss),
    (error: unknown) => {
      state.starting = undefined;
      throw error;
    },
  );
  return state.starting;
}

/**
 * Stops pg-boss: with `graceful`, running handlers get up to `timeoutMs` to
 * finish (the link check stops at its next URL), then their jobs are failed
 * and retried later. Closes its own pool, never the app's.
 */
export async function stopBoss({ graceful = true, timeoutMs = 10_000 } = {}): Promise<void> {
  const boss = state.boss ?? (await state.starting?.catch(() => undefined));
  state.boss = undefined;
  state.starting = undefined;
  await boss?.stop({ graceful, timeout: timeoutMs });
}
