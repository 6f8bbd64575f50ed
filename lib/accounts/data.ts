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
  // findUnique (not findFirst with the date in `where`): this runs on every
  // request, and Prisma plans and batches unique lookups far more cheaply.
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { ...sessionUserSelect, sessionsValidAfter: true },
  });
  if (!user || user.sessionsValidAfter > authenticatedAt) return null;
  const { sessionsValidAfter: _revokedBefore, ...sessionUser } = user;
  return sessionUser;
}

/** The account a sign-in names, with its password hash (the one place it is read). */
export async function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { ...sessionUserSelect, passwordHash: true },
  });
}
