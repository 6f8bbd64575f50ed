import "server-only";
import { db, type DbTransaction } from "@/lib/db";
import { ApiError } from "@/lib/errors";
import { hashPassword } from "@/lib/accounts/password";
import { confirmPassword } from "@/lib/accounts/reauth";
import type { ChangeEmailInput, ChangePasswordInput, UserDto } from "@/lib/accounts/schema";
import { endSessions } from "@/lib/session-store";

// The account lifecycle after sign-up: password, sessions, email, deletion.
// Each sensitive change first confirms the current password (lib/accounts/reauth.ts).

type Caller = { userId: string; sessionId: string; client: string | null };

/** Changes the password; this session stays signed in, every other one ends in the same transaction. */
export async function changePassword({ userId, sessionId, client }: Caller, input: ChangePasswordInput): Promise<void> {
  await confirmPassword({ userId, password: input.currentPassword, client });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    await endSessions({ userId, keep: sessionId, tx });
  });
}

/** Ends every session of the caller, this one included ("sign out everywhere"). */
export async function signOutEverywhere(userId: string): Promise<void> {
  await endSessions({ userId });
}

/** Changes the sign-in email (stored lower-cased); a taken one is a 409. */
export async function changeEmail({ userId, client }: Omit<Caller, "sessionId">, input: ChangeEmailInput): Promise<UserDto> {
  await confirmPassword({ userId, password: input.password, client });
  try {
    return await db.user.update({ where: { id: userId }, data: { email: input.email }, select: { id: true, email: true, name: true } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new ApiError("conflict", "An account with this email already exists.");
    throw error;
  }
}

/** What deleting an account does to the teams it leads alone: handed to the longest-standing member, or deleted when it has none. */
export type TeamHandover = { teamId: string; name: string; outcome: "handed over" | "deleted"; newLead: { id: string; name: string } | null };

/** The teams the user is the only lead of, and what deletion would do to each (the settings page warns with this). */
export async function plannedHandovers(userId: string, tx: DbTransaction | typeof db = db): Promise<TeamHandover[]> {
  const teams = await tx.team.findMany({
    where: { memberships: { some: { userId, role: "LEAD" }, none: { role: "LEAD", userId: { not: userId } } } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      memberships: {
        where: { userId: { not: userId } },
        orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { user: { select: { id: true, name: true } } },
      },
    },
  });
  return teams.map((team) => {
    const heir = team.memberships[0]?.user ?? null;
    return { teamId: team.id, name: team.name, outcome: heir ? "handed over" : "deleted", newLead: heir };
  });
}

/**
 * Deletes the caller's account and everything that is theirs alone: progress,
 * ticks, notes, study history, memberships, their own assignments, review
 * submissions and sessions (foreign keys cascade). A team they lead alone is
 * handed to its longest-standing member, or deleted when nobody else is in
 * it. The audit log keeps its copies of their name and email. The last admin
 * cannot delete their account (409): promote another admin first.
 */
export async function deleteAccount({ userId, client }: Omit<Caller, "sessionId">, password: string): Promise<TeamHandover[]> {
  await confirmPassword({ userId, password, client });
  return db.$transaction(async (tx) => {
    const me = await tx.$queryRaw<{ role: string }[]>`SELECT role::text AS role FROM users WHERE id = ${userId} FOR UPDATE`;
    if (me[0]?.role === "ADMIN") {
      const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`;
      if (admins.length <= 1) throw new ApiError("conflict", "You are the last admin: make someone else an admin before deleting your account.");
    }
    // Lock the teams this user leads, so a concurrent change of leads cannot leave one without any.
    await tx.$queryRaw`SELECT t.id FROM teams t JOIN team_memberships m ON m.team_id = t.id AND m.user_id = ${userId} AND m.role = 'LEAD' ORDER BY t.id FOR UPDATE OF t`;
    const handovers = await plannedHandovers(userId, tx);
    for (const handover of handovers) {
      if (handover.newLead) {
        await tx.teamMembership.update({ where: { teamId_userId: { teamId: handover.teamId, userId: handover.newLead.id } }, data: { role: "LEAD" } });
      } else {
        await tx.team.delete({ where: { id: handover.teamId } });
      }
    }
    // Rows that copy the user's id without a foreign key.
    await tx.reminder.deleteMany({ where: { userId } });
    await tx.user.delete({ where: { id: userId } });
    return handovers;
  });
}
