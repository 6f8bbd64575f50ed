import "server-only";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/errors";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/accounts/password";
import { consumeOrThrow, createLimiter } from "@/lib/rate-limit";

let limiter: ReturnType<typeof createLimiter> | undefined;

/**
 * Confirms a signed-in user's current password before a sensitive change
 * (password, email, account deletion). Limited like sign-in: one point per
 * attempt from this client on this account, given back on success; a spent
 * budget is a 429. A wrong password is a 403.
 */
export async function confirmPassword({ userId, password, client }: { userId: string; password: string; client: string | null }): Promise<void> {
  limiter ??= createLimiter({
    keyPrefix: "reauth",
    points: env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
    durationSeconds: env.SIGN_IN_WINDOW_MINUTES * 60,
  });
  const key = `${userId}:${client ?? "unknown"}`;
  await consumeOrThrow(limiter, key, "Too many wrong passwords. Wait a few minutes, then try again.");
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash, password))) {
    throw new ApiError("forbidden", "Your current password is not correct.");
  }
  await limiter.delete(key);
}
