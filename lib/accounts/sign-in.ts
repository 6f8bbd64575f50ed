import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { dbPool } from "@/lib/db";
import { env } from "@/lib/env";
import { findUserForSignIn, type SessionUser } from "@/lib/accounts/data";
import { verifyPassword } from "@/lib/accounts/password";
import type { SignInInput } from "@/lib/accounts/schema";

/** Thrown when an account or an IP has used up its failed attempts. */
export class SignInThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
    this.name = "SignInThrottledError";
  }
}

// The limiter names its prepared statements. PGlite's socket server runs all
// client connections on one backend session, where a name prepared on one
// connection "already exists" on the next; unnamed statements work everywhere.
const unnamedStatements = {
  query: (query: { text: string; values?: unknown[] }) => dbPool.query({ text: query.text, values: query.values }),
};

// Counters live in PostgreSQL (table rate_limits, created by a migration) so
// the limits hold across app instances and restarts.
function limiter(keyPrefix: string, points: number) {
  return new RateLimiterPostgres({
    storeClient: unnamedStatements,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix,
    points,
    duration: env.SIGN_IN_WINDOW_MINUTES * 60,
  });
}

let limiters: { account: RateLimiterPostgres; ip: RateLimiterPostgres } | undefined;
function getLimiters() {
  return (limiters ??= {
    account: limiter("sign-in:account", env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT),
    ip: limiter("sign-in:ip", env.SIGN_IN_MAX_FAILURES_PER_IP),
  });
}

/**
 * Every attempt takes a point from the account's and the IP's budget before
 * the password is checked, so concurrent guesses cannot overshoot the limit; a
 * success gives the points back. Once a budget is spent, attempts are refused
 * (even with the right password) until the window ends.
 */
async function takeAttempt(key: RateLimiterPostgres, id: string) {
  try {
    await key.consume(id);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new SignInThrottledError(rejection.msBeforeNext / 1000);
    throw rejection;
  }
}

// Counter keys must fit rate_limits.key (255): emails may be 254 characters.
const accountKey = (email: string) => createHash("sha256").update(email).digest("base64url");

/** Checks credentials under the failed-attempt limits; null when they are wrong. */
export async function authenticate(input: SignInInput, ip: string | null): Promise<SessionUser | null> {
  const { account, ip: perIp } = getLimiters();
  const key = accountKey(input.email);
  // The IP first: an attempt refused for its IP does not use up the account's budget.
  if (ip) await takeAttempt(perIp, ip);
  await takeAttempt(account, key);

  const user = await findUserForSignIn(input.email);
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid) return null;

  await Promise.all([account.delete(key), ip ? perIp.reward(ip, 1) : undefined]);
  const { passwordHash: _hash, ...sessionUser } = user;
  return sessionUser;
}

/**
 * The client address as the nearest proxy reports it: the last X-Forwarded-For
 * entry, which a proxy appends. Without a proxy, Next fills the header with the
 * socket address only when the client sent none, so deploy behind a proxy that
 * sets it (README, "Deployment") for the per-IP limit to hold against spoofing.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || null;
}
