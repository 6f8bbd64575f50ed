import "server-only";
import { dbPool } from "@/lib/db";
import { ApiError } from "@/lib/errors";

const READY_TIMEOUT_MS = 2_000;

/**
 * Readiness: the database answers `SELECT 1` within `timeoutMs`. Throws the
 * 503 `unavailable` error otherwise, so a proxy or orchestrator takes this
 * instance out of rotation until its database is back (GET /api/ready).
 */
export async function assertDatabaseReady(timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  try {
    const outcome = await Promise.race([dbPool.query("SELECT 1").then(() => "ok" as const, () => "down" as const), timedOut]);
    if (outcome !== "ok") {
      throw new ApiError("unavailable", "The database is not answering; this instance is not ready.", { "Retry-After": "1" });
    }
  } finally {
    clearTimeout(timer);
  }
}
