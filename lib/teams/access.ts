import "server-only";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { teamCan, type TeamAction } from "@/lib/teams/policy";
import type { TeamRole } from "@/lib/teams/schema";

// Every read and write under a team starts from a TeamAccess: proof that the
// user is in the team, with their role. There is no other way in, so a team
// the caller is not in answers 404 for everything under it (admins included:
// the site role grants nothing inside teams).

/** The caller's standing in one team, as read at the start of the request. */
export type TeamAccess = {
  teamId: string;
  userId: string;
  role: TeamRole;
  teamName: string;
  membersSeeProgress: boolean;
};

export const NO_TEAM = "No team with this id.";
export const LEADS_ONLY = "Only a team lead can do this.";

/** The caller's access to a team, or null when they are not in it (or it does not exist). */
export async function getTeamAccess({ teamId, userId }: { teamId: string; userId: string }): Promise<TeamAccess | null> {
  // Raw SQL: this runs on every team request and is prepared once per connection (lib/db-statement-cache.ts).
  const [row] = await db.$queryRaw<{ role: TeamRole; teamName: string; membersSeeProgress: boolean }[]>`
    SELECT m.role::text AS role, t.name AS "teamName", t.members_see_progress AS "membersSeeProgress"
      FROM team_memberships m
      JOIN teams t ON t.id = m.team_id
     WHERE m.team_id = ${teamId} AND m.user_id = ${userId}`;
  return row ? { teamId, userId, ...row } : null;
}

/** 403 unless the caller's team role allows `action` (lib/teams/policy.ts). */
export function assertTeamCan(access: TeamAccess, action: TeamAction): void {
  if (!teamCan(access.role, action)) throw new ApiError("forbidden", LEADS_ONLY);
}

/** The caller's access to a team: 404 when they are not in it, 403 when their role does not allow `action`. */
export async function requireTeamAccess(ids: { teamId: string; userId: string }, action: TeamAction): Promise<TeamAccess> {
  const access = await getTeamAccess(ids);
  if (!access) throw notFound(NO_TEAM);
  assertTeamCan(access, action);
  return access;
}
