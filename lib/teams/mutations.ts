import "server-only";
import { db, type DbTransaction } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { assertTeamCan, LEADS_ONLY, NO_TEAM, type TeamAccess } from "@/lib/teams/access";
import { getTeam, memberSelect, toMemberDto } from "@/lib/teams/data";
import { leavesNoLead } from "@/lib/teams/policy";
import type { CreateTeamInput, MemberDto, TeamDetailDto, TeamRole, TeamSummaryDto, UpdateTeamInput } from "@/lib/teams/schema";

// Writes on teams and memberships. Nothing here touches anyone's progress,
// ticks, notes or study history: those belong to the learner, not the team.

export const LAST_LEAD = "A team needs a lead: make another member a lead first.";
const NO_MEMBER = "No member with this id in the team.";

/** Creates a team with the caller as its lead (one statement: team and membership together). */
export async function createTeam({ userId, name }: { userId: string } & CreateTeamInput): Promise<TeamSummaryDto> {
  const team = await db.team.create({
    data: { name, memberships: { create: { userId, role: "LEAD" } } },
    select: { id: true, name: true },
  });
  return { id: team.id, name: team.name, role: "LEAD", memberCount: 1 };
}

/** Renames the team and/or switches "members can see each other's progress" (leads). */
export async function updateTeam(access: TeamAccess, input: UpdateTeamInput): Promise<TeamDetailDto> {
  assertTeamCan(access, "team:update");
  const data: { name?: string; membersSeeProgress?: boolean } = {};
  if (input.name !== undefined) data.name = input.name;
  if (input.membersSeeProgress !== undefined) data.membersSeeProgress = input.membersSeeProgress;
  await db.team.update({ where: { id: access.teamId }, data, select: { id: true } });
  return getTeam(access);
}

/** Deletes the team with its invites, paths, assignments and reminders; members' own progress stays (leads). */
export async function deleteTeam(access: TeamAccess): Promise<void> {
  assertTeamCan(access, "team:delete");
  await db.team.deleteMany({ where: { id: access.teamId } });
}

/**
 * Locks the team's row (so membership changes in one team run one at a time
 * and the lead count cannot change underneath) and reads the roles that matter:
 * the actor's, the target's, and how many leads there are.
 */
async function lockedRoles(tx: DbTransaction, teamId: string, actorId: string, targetId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM teams WHERE id = ${teamId} FOR NO KEY UPDATE`;
  if (locked.length === 0) throw notFound(NO_TEAM);
  const rows = await tx.teamMembership.findMany({
    where: { teamId, OR: [{ userId: { in: [actorId, targetId] } }, { role: "LEAD" }] },
    select: { userId: true, role: true },
  });
  const roleOf = (userId: string) => rows.find((row) => row.userId === userId)?.role ?? null;
  return { actor: roleOf(actorId), target: roleOf(targetId), leadCount: rows.filter((row) => row.role === "LEAD").length };
}

/** Re-checks the actor inside the transaction: they may have left or been demoted since the request began. */
function assertActor(role: TeamRole | null, leadOnly: boolean) {
  if (!role) throw notFound(NO_TEAM);
  if (leadOnly && role !== "LEAD") throw new ApiError("forbidden", LEADS_ONLY);
}

/** Makes a member a lead or a lead a member (leads). The last lead cannot be demoted: 409. */
export async function changeMemberRole(access: TeamAccess, { userId, role }: { userId: string; role: TeamRole }): Promise<MemberDto> {
  assertTeamCan(access, "member:changeRole");
  return db.$transaction(async (tx) => {
    const roles = await lockedRoles(tx, access.teamId, access.userId, userId);
    assertActor(roles.actor, true);
    if (!roles.target) throw notFound(NO_MEMBER);
    if (leavesNoLead({ leadCount: roles.leadCount, currentRole: roles.target, nextRole: role })) {
      throw new ApiError("conflict", LAST_LEAD);
    }
    const row = await tx.teamMembership.update({
      where: { teamId_userId: { teamId: access.teamId, userId } },
      data: { role },
      select: memberSelect,
    });
    return toMemberDto(row);
  });
}

/**
 * Removes a member (leads) or lets the caller leave (anyone). The last lead can
 * neither leave nor be removed: 409. The member's individual assignments in
 * this team go with them; their own progress, notes and history stay.
 */
export async function removeMember(access: TeamAccess, { userId }: { userId: string }): Promise<void> {
  const leaving = userId === access.userId;
  assertTeamCan(access, leaving ? "member:leave" : "member:remove");
  await db.$transaction(async (tx) => {
    const roles = await lockedRoles(tx, access.teamId, access.userId, userId);
    assertActor(roles.actor, !leaving);
    if (!roles.target) throw notFound(NO_MEMBER);
    if (leavesNoLead({ leadCount: roles.leadCount, currentRole: roles.target, nextRole: null })) {
      throw new ApiError("conflict", LAST_LEAD);
    }
    await tx.assignment.deleteMany({ where: { teamId: access.teamId, userId } });
    await tx.teamMembership.delete({ where: { teamId_userId: { teamId: access.teamId, userId } } });
  });
}
