import "server-only";
import { createHash } from "node:crypto";
import type { RateLimiterPostgres } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { createLimiter, RateLimiterRes } from "@/lib/rate-limit";
import { findUserForSignIn } from "@/lib/accounts/data";
import { verifyPassword } from "@/lib/accounts/password";
import type { SignInInput } from "@/lib/accounts/schema";
import type { SessionUser } from "@/lib/session-store";

/** Who a successful sign-in is, before a session exists. */
export type AuthenticatedUser = Omit<SessionUser, "sessionId">;

/** Thrown when a client has used up its failed attempts (or the account is being guessed at too fast). */
export class SignInThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-in attempts. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s).`);
    this.name = "SignInThrottledError";
  }
}

const limiter = (keyPrefix: string, points: number, durationSeconds: number) => createLimiter({ keyPrefix, points, durationSeconds });

type Limiters = Record<"accountClient" | "client" | "account" | "slowLane", RateLimiterPostgres>;
let limiters: Limiters | undefined;
function getLimiters(): Limiters {
  const window = env.SIGN_IN_WINDOW_MINUTES * 60;
  return (limiters ??= {
    // Refuses: failures of one client on one account (rate-limiter-flexible's
    // "username + IP" key), so a guesser elsewhere never locks the owner out.
    accountClient: limiter("sign-in:account-client", env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT, window),
    // Refuses: failures of one client across accounts.
    client: limiter("sign-in:ip", env.SIGN_IN_MAX_FAILURES_PER_IP, window),
    // Counts: failures on the account from everywhere, over an hour.
    account: limiter("sign-in:account", env.SIGN_IN_ACCOUNT_SLOW_AFTER, 3600),
    // Delays: past that ceiling, one attempt on the account per SIGN_IN_SLOW_SECONDS, whoever makes it.
    slowLane: limiter("sign-in:slow", 1, env.SIGN_IN_SLOW_SECONDS),
  });
}

/** Takes a point from a refusing budget; a spent budget throws SignInThrottledError. */
async function takeAttempt(budget: RateLimiterPostgres, key: string) {
  try {
    await budget.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new SignInThrottledError(rejection.msBeforeNext / 1000);
    throw rejection;
  }
}

const MAX_SLOW_WAIT_MS = 10_000;

/**
 * Past the account-wide ceiling, every attempt on the account waits for the
 * slow lane (one attempt per SIGN_IN_SLOW_SECONDS across all clients and
 * instances), so a distributed guesser is capped while the owner is only
 * delayed. Only a lane that stays busy for 10 s answers "try again shortly".
 */
async function waitForSlowLane({ account, slowLane }: Limiters, key: string) {
  const failures = await account.get(key);
  if (!failures || failures.remainingPoints > 0) return;
  const deadline = Date.now() + MAX_SLOW_WAIT_MS;
  for (;;) {
    try {
      await slowLane.consume(key);
      return;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const wait = Math.max(50, rejection.msBeforeNext);
      if (Date.now() + wait > deadline) throw new SignInThrottledError(wait / 1000);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

// Counter keys must fit rate_limits.key (255): emails may be 254 characters.
const accountKey = (email: string) => createHash("sha256").update(email).digest("base64url");

/**
 * Checks credentials under the failed-attempt limits; null when they are
 * wrong. Every attempt takes a point from the client's budgets before the
 * password is checked, so concurrent guesses cannot overshoot; a success gives
 * them back. `client` is the address scripts/server.ts stamped (null outside it).
 */
export async function authenticate(input: SignInInput, client: string | null): Promise<AuthenticatedUser | null> {
  const all = getLimiters();
  const account = accountKey(input.email);
  const clientKey = client ?? "unknown";
  const accountClient = `${account}:${clientKey}`;
  // The client first: an attempt refused for its client does not use up the account's budgets.
  await takeAttempt(all.client, clientKey);
  await takeAttempt(all.accountClient, accountClient);
  await waitForSlowLane(all, account);

  const user = await findUserForSignIn(input.email);
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid) {
    await all.account.penalty(account, 1);
    return null;
  }
  await Promise.all([all.accountClient.delete(accountClient), all.client.reward(clientKey, 1)]);
  const { passwordHash: _hash, ...authenticated } = user;
  return authenticated;
}
