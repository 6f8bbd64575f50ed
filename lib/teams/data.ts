import "server-only";
import { db } from "@/lib/db";
import type { TeamAccess } from "@/lib/teams/access";
import type { MemberDto, TeamDetailDto, TeamSummaryDto } from "@/lib/teams/schema";

// Reads of teams and their members. Paths, invites, assignments, progress and
// the activity feed have their own files (paths.ts, invites.ts, assignments.ts,
// progress.ts, activity.ts); every team-scoped read takes a TeamAccess.

export const memberSelect = {
  userId: true,
  role: true,
  joinedAt: true,
  user: { select: { name: true, email: true } },
} as const;

type MemberRow = { userId: string; role: MemberDto["role"]; joinedAt: Date; user: { name: string; email: string } };

export const toMemberDto = (row: MemberRow): MemberDto => ({
  userId: row.userId,
  name: row.user.name,
  email: row.user.email,
  role: row.role,
  joinedAt: row.joinedAt.toISOString(),
});

/** The teams the user is in, by name, with their role and the member count. */
export async function listTeams(userId: string): Promise<TeamSummaryDto[]> {
  const rows = await db.teamMembership.findMany({
    where: { userId },
    orderBy: [{ team: { name: "asc" } }, { teamId: "asc" }],
    select: { role: true, team: { select: { id: true, name: true, _count: { select: { memberships: true } } } } },
  });
  return rows.map(({ role, team }) => ({ id: team.id, name: team.name, role, memberCount: team._count.memberships }));
}

/** The team with its members (leads first, then by name), as the caller sees it. */
export async function getTeam(access: TeamAccess): Promise<TeamDetailDto> {
  const team = await db.team.findUniqueOrThrow({
    where: { id: access.teamId },
    select: {
      id: true,
      name: true,
      membersSeeProgress: true,
      memberships: { orderBy: [{ role: "asc" }, { user: { name: "asc" } }, { userId: "asc" }], select: memberSelect },
    },
  });
  return {
    id: team.id,
    name: team.name,
    role: access.role,
    membersSeeProgress: team.membersSeeProgress,
    members: team.memberships.map(toMemberDto),
  };
}
