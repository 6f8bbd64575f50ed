import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PreparingClient } from "@/lib/db-statement-cache";
import { dbEnv as env } from "@/lib/env";
import { onShutdown } from "@/lib/lifecycle";
import { logger } from "@/lib/log";

function createPool() {
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_MAX,
    // Fail fast while the database is down instead of queueing requests forever.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // Prepared statements live in the server session; PGlite shares one session
    // between connections, so the embedded database turns them off.
    ...(env.DATABASE_PREPARED_STATEMENTS ? { Client: PreparingClient } : {}),
  });
  // Without an `error` listener, an idle connection dropped by a database
  // restart crashes the whole process (prisma/orm#27641). Log and carry on:
  // the pool opens a fresh connection for the next query.
  pool.on("error", (error) => logger.warn({ component: "db" }, `idle connection lost: ${error.message}`));
  return pool;
}

/**
 * PrismaPg whose transactions always give their connection back. Prisma 6.19
 * ends a transaction by sending COMMIT/ROLLBACK and only then asking the
 * adapter to release the connection; when the database went away mid-
 * transaction that statement throws and the connection is never returned,
 * so a few restarts would drain the pool. Releasing it on that failure lets
 * pg discard the dead connection and the pool recover.
 */
class ReleasingPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      const executeRaw = transaction.executeRaw.bind(transaction);
      transaction.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (query.sql === "COMMIT" || query.sql === "ROLLBACK") await transaction.rollback().catch(() => undefined);
          throw error;
        }
      };
      return transaction;
    };
    return adapter;
  }
}

function createClient(pool: pg.Pool) {
  return new PrismaClient({
    adapter: new ReleasingPrismaPg(pool),
    // Password hashes leave the database only where a query asks for them.
    omit: { user: { passwordHash: true } },
    // A burst of writes on one learner's topic queues on its advisory lock and
    // for the pool: Prisma's defaults (2 s to get a connection, 5 s to finish)
    // turned a busy second into 503s. Still under the 5 s a request may wait
    // while the database is down (a refused connection fails at once anyway).
    transactionOptions: { maxWait: 4_000, timeout: 10_000 },
  });
}

type Db = { pool: pg.Pool; prisma: ReturnType<typeof createClient> };
const cache = globalThis as typeof globalThis & { waypointDb?: Db };

function connect(): Db {
  const pool = createPool();
  return { pool, prisma: createClient(pool) };
}

// One pool and client per process, kept across dev hot reloads. Nothing
// connects until the first query, so importing this during `next build` is free.
const current = (cache.waypointDb ??= connect());

/** Closes the pool (scripts and tests; the app keeps it for its lifetime). */
export async function disconnectDb() {
  await current.prisma.$disconnect();
  await current.pool.end().catch(() => undefined);
}

// A graceful shutdown closes the pool last, after in-flight requests and the job worker.
onShutdown("database", disconnectDb, 100);

/** The one Prisma client. */
export const db = current.prisma;

/** The pg pool behind `db`, for libraries that speak pg (the sign-in rate limiter). */
export const dbPool = current.pool;

export type { Prisma } from "@/lib/generated/prisma/client";

/** The client type, with its global `omit`. */
export type DbClient = typeof db;
/** What `db.$transaction(async (tx) => …)` hands its callback. */
export type DbTransaction = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];
