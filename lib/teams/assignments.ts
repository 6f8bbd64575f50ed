import "server-only";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { addDays, localDate } from "@/lib/progress/activity";
import { assertTeamCan, type TeamAccess } from "@/lib/teams/access";
import { seesEveryone } from "@/lib/teams/policy";
import type { AssignmentDto, CreateAssignmentInput } from "@/lib/teams/schema";

// Assignments: a path for one member (userId) or the whole team (null: whoever
// is a member when progress is read, later joiners included). Refused with 422
// and nothing written: a due date before the lead's today (in the lead's time
// zone; today itself is fine), a path that is not an active path of the team, a
// userId that is not a member. The same path assigned twice to the same target
// (one member, or the whole team) → 409; an individual assignment next to a
// whole-team one of the same path is allowed and wins for that member.

export const NO_ASSIGNMENT = "No assignment with this id in the team.";
const MAX_YEARS_AHEAD = 10;
const invalid = (message: string) => new ApiError("validation_failed", message);

const assignmentSelect = {
  id: true,
  pathId: true,
  userId: true,
  dueDate: true,
  hoursPerWeek: true,
  createdAt: true,
  path: { select: { id: true, title: true } },
  user: { select: { id: true, name: true } },
} as const;

type AssignmentRow = {
  id: string;
  pathId: string;
  userId: string | null;
  dueDate: Date;
  hoursPerWeek: number;
  createdAt: Date;
  path: { id: string; title: string };
  user: { id: string; name: string } | null;
};

/** A DATE column comes back as UTC midnight of that day. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const toAssignmentDto = (row: AssignmentRow): AssignmentDto => ({
  id: row.id,
  pathId: row.pathId,
  userId: row.userId,
  dueDate: isoDate(row.dueDate),
  hoursPerWeek: row.hoursPerWeek,
  path: row.path,
  user: row.user,
  createdAt: row.createdAt.toISOString(),
});

/**
 * Assignments of the team's active paths, soonest due first. A member who may
 * not see the others' progress sees the whole-team ones and their own.
 */
export async function listAssignments(access: TeamAccess): Promise<AssignmentDto[]> {
  assertTeamCan(access, "assignment:view");
  const rows = await db.assignment.findMany({
    where: {
      teamId: access.teamId,
      path: { status: "ACTIVE" },
      ...(seesEveryone(access.role, access.membersSeeProgress) ? {} : { OR: [{ userId: null }, { userId: access.userId }] }),
    },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: assignmentSelect,
  });
  return rows.map(toAssignmentDto);
}

/** Assigns a path (leads). `timeZone` is the lead's: it decides what "in the past" means. */
export async function createAssignment(
  access: TeamAccess,
  input: CreateAssignmentInput,
  { timeZone, now = new Date() }: { timeZone: string; now?: Date },
): Promise<AssignmentDto> {
  assertTeamCan(access, "assignment:edit");
  const today = localDate(now, timeZone);
  if (input.dueDate < today) throw invalid(`dueDate: The due date is in the past (today is ${today})`);
  if (input.dueDate > addDays(today, MAX_YEARS_AHEAD * 366)) throw invalid(`dueDate: The due date is more than ${MAX_YEARS_AHEAD} years away`);
  const userId = input.userId ?? null;
  return db.$transaction(async (tx) => {
    // Locking the path serializes assignments of it (the duplicate check) and an archive racing with them.
    const [path] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM learning_paths WHERE id = ${input.pathId} AND team_id = ${access.teamId} FOR UPDATE`;
    if (!path) throw invalid("pathId: No path with this id in the team");
    if (path.status !== "ACTIVE") throw invalid("pathId: This path is archived");
    if (userId && !(await tx.teamMembership.findUnique({ where: { teamId_userId: { teamId: access.teamId, userId } }, select: { id: true } }))) {
      throw invalid("userId: Not a member of this team");
    }
    if (await tx.assignment.findFirst({ where: { teamId: access.teamId, pathId: input.pathId, userId }, select: { id: true } })) {
      throw new ApiError("conflict", userId ? "This path is already assigned to this member." : "This path is already assigned to the whole team.");
    }
    const row = await tx.assignment.create({
      data: {
        teamId: access.teamId,
        pathId: input.pathId,
        userId,
        dueDate: new Date(`${input.dueDate}T00:00:00Z`),
        hoursPerWeek: input.hoursPerWeek,
        createdById: access.userId,
      },
      select: assignmentSelect,
    });
    return toAssignmentDto(row);
  });
}

/** Deletes an assignment of the team (leads) with its reminders; nobody's progress changes. */
export async function deleteAssignment(access: TeamAccess, assignmentId: string): Promise<void> {
  assertTeamCan(access, "assignment:edit");
  const { count } = await db.assignment.deleteMany({ where: { id: assignmentId, teamId: access.teamId } });
  if (count === 0) throw notFound(NO_ASSIGNMENT);
}

