import "server-only";
import { randomBytes } from "node:crypto";
import { db, type DbTransaction } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { sessionUserSql } from "@/lib/session-sql";

/** How long a session lasts without use; each day of use moves the end forward. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const RENEW_AFTER_SECONDS = 24 * 60 * 60;

/** The signed-in user as every handler and page sees it, with the session the request came with. */
export type SessionUser = { id: string; email: string; name: string; role: Role; timeZone: string; sessionId: string };

/** Opens a session for `userId` (at sign-in); its id goes into the encrypted token. */
export async function createSession(userId: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.userSession.create({
    data: { id, userId, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return id;
}

/**
 * The user behind a session, or null when the session was ended (sign-out,
 * password change, sign out everywhere, account deletion) or has expired —
 * one statement, run on every authenticated request.
 */
export async function findSessionUser({ sessionId, userId }: { sessionId: string; userId: string }): Promise<SessionUser | null> {
  // Raw SQL on purpose: this runs on every request, and Prisma 6.19's client
  // engine compiles each model query anew (about 10% of a dashboard request's
  // CPU in a profile); a raw statement skips that and is prepared once per
  // connection by lib/db-statement-cache.ts.
  const [user] = await db.$queryRaw<SessionUser[]>(sessionUserSql({ sessionId, userId }));
  return user ?? null;
}

/** Moves a live session's end forward, at most once a day (Auth.js re-issues the cookie alongside). */
export async function renewSession(sessionId: string): Promise<void> {
  await db.$executeRaw`
    UPDATE user_sessions
       SET expires_at = now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS})
     WHERE id = ${sessionId} AND expires_at > now()
       AND expires_at < now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS - RENEW_AFTER_SECONDS})`;
}

/** Ends one session (sign-out). Ending one that is already gone is not an error. */
export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/**
 * Ends every session of a user, or every one but `keep` (a password change
 * keeps the session that made it). Pass `tx` to end them in the same
 * transaction as the change that requires it.
 */
export async function endSessions({ userId, keep, tx = db }: { userId: string; keep?: string; tx?: DbTransaction | typeof db }): Promise<number> {
  const { count } = await tx.userSession.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}
