// Rows and credentials for integration tests. Every call makes a new user with
// a unique email, so test files can run in parallel on one database.
import { randomUUID } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/accounts/password";
import { createSession } from "@/lib/session-store";
import type { Role } from "@/lib/generated/prisma/enums";

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

export const SESSION_COOKIE = "authjs.session-token";

/** A unique address on the reserved test domain. */
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID()}@test.local`;
}

/** Creates a user row directly (no API), with an argon2id hash of `password`. */
export async function createUser({ role = "LEARNER", password = "correct horse battery", name = "Test User" }: {
  role?: Role;
  password?: string;
  name?: string;
} = {}): Promise<TestUser> {
  const email = uniqueEmail();
  const user = await db.user.create({
    data: { email, name, role, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password };
}

/**
 * The encrypted session JWT exactly as Auth.js makes it, for a new session
 * row (as a sign-in opens one) — or for `sessionId` when given (an ended or
 * made-up session). `salt` is the cookie name it was issued for.
 */
export async function sessionToken(
  user: Pick<TestUser, "id" | "email" | "name">,
  { sessionId, salt = SESSION_COOKIE, secret = process.env.AUTH_SECRET! }: { sessionId?: string; salt?: string; secret?: string } = {},
): Promise<string> {
  const sid = sessionId ?? (await createSession(user.id));
  return encode({ token: { sub: user.id, email: user.email, name: user.name, sid }, secret, salt });
}

/** The `Cookie` header value of a signed-in browser: `authjs.session-token=<jwt>`. */
export async function sessionCookie(user: Pick<TestUser, "id" | "email" | "name">, options?: { sessionId?: string }): Promise<string> {
  return `${SESSION_COOKIE}=${await sessionToken(user, options)}`;
}

/** The session id inside a token made by `sessionToken` / `sessionCookie`. */
export async function sessionIdOf(cookieOrToken: string): Promise<string> {
  const token = cookieOrToken.startsWith(`${SESSION_COOKIE}=`) ? cookieOrToken.slice(SESSION_COOKIE.length + 1) : cookieOrToken;
  const decoded = await decode({ token, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE });
  return decoded!.sid as string;
}
