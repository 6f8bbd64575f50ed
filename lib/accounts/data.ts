import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every handler and page sees it. */
export type SessionUser = { id: string; email: string; name: string; role: Role; timeZone: string };

const sessionUserSelect = { id: true, email: true, name: true, role: true, timeZone: true } as const;

/**
 * The user behind a session token, or null when the user is gone or the
 * session was issued before `sessionsValidAfter` (password change, sign out everywhere).
 */
export async function findSessionUser(userId: string, authenticatedAt: Date): Promise<SessionUser | null> {
  // Raw SQL on purpose: this runs on every request, and Prisma 6.19's client
  // engine compiles each model query anew (about 10% of a dashboard request's
  // CPU in a profile); a raw statement skips that and is prepared once per
  // connection by lib/db-statement-cache.ts.
  const [user] = await db.$queryRaw<SessionUser[]>`
    SELECT id, email, name, role::text AS role, time_zone AS "timeZone"
      FROM users
     WHERE id = ${userId} AND sessions_valid_after <= ${authenticatedAt}`;
  return user ?? null;
}

/** The account a sign-in names, with its password hash (the one place it is read). */
export async function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { ...sessionUserSelect, passwordHash: true },
  });
}
