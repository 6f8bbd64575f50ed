import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { dbPool } from "@/lib/db";
import { ApiError } from "@/lib/errors";

// The limiter names its prepared statements. PGlite's socket server runs all
// client connections on one backend session, where a name prepared on one
// connection "already exists" on the next; unnamed statements work everywhere.
const unnamedStatements = {
  query: (query: { text: string; values?: unknown[] }) => dbPool.query({ text: query.text, values: query.values }),
};

/**
 * A counter of `points` per `durationSeconds`, kept in PostgreSQL (table
 * rate_limits, created by a migration) so that it holds across app instances
 * and restarts. `keyPrefix` names what is counted ("sign-up:ip").
 */
export function createLimiter({ keyPrefix, points, durationSeconds }: { keyPrefix: string; points: number; durationSeconds: number }) {
  return new RateLimiterPostgres({
    storeClient: unnamedStatements,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix,
    points,
    duration: durationSeconds,
  });
}

/** Takes one point for `key`; a spent budget is a 429 with Retry-After and `message`. */
export async function consumeOrThrow(limiter: RateLimiterPostgres, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new ApiError("rate_limited", message, { "Retry-After": String(seconds) });
  }
}

export { RateLimiterRes };
