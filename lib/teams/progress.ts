import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { localDate } from "@/lib/progress/activity";
import type { TopicStatus } from "@/lib/progress/schema";
import { assertTeamCan, type TeamAccess } from "@/lib/teams/access";
import { seesEveryone } from "@/lib/teams/policy";
import { decodeMarks, myAssignmentsSql, teamProgressSql, type MemberItemRow, type MyAssignmentRow, type TeamProgressRow } from "@/lib/teams/progress-sql";
import { assignmentProgress, progressOfTotals, statusTotals } from "@/lib/teams/state";
import type { MemberProgressDto, MyAssignmentDto, TeamProgressDto } from "@/lib/teams/schema";

// Progress reads: one SQL statement each (lib/teams/progress-sql.ts), then
// the state rule per member in their own time zone (lib/teams/state.ts).

// One collator for every sort (localeCompare builds one per call: measurable at 500 members).
const byName = new Intl.Collator("en");

/** "Today" per time zone, computed once per zone for the whole request. */
function todayByZone(now: Date) {
  const days = new Map<string, string>();
  return (timeZone: string) => {
    let day = days.get(timeZone);
    if (day === undefined) days.set(timeZone, (day = localDate(now, timeZone)));
    return day;
  };
}

/**
 * The team dashboard of one path: every member shown (see teamProgressSql)
 * with their status per item, percent, remaining effort, state and last study
 * day. Leads see everyone; members only themselves unless the team lets them.
 * A path that is not an active path of the team → 404.
 */
export async function getTeamProgress(access: TeamAccess, pathId: string, now = new Date()): Promise<TeamProgressDto> {
  assertTeamCan(access, "progress:view");
  const everyone = seesEveryone(access.role, access.membersSeeProgress);
  const [row] = await db.$queryRaw<TeamProgressRow[]>(teamProgressSql({ teamId: access.teamId, pathId, viewerId: access.userId, everyone }));
  if (!row?.path) throw notFound("No path with this id in the team.");
  const efforts = row.items.map((item) => item.effortMinutes);
  const todayIn = todayByZone(now);
  const members = row.members.map(([userId, name, email, timeZone, role, assignmentId, dueDate, hoursPerWeek, lastStudiedOn, marks]): MemberProgressDto => {
    const items = decodeMarks(marks, efforts.length);
    const totals = statusTotals(items, efforts);
    const progress =
      dueDate !== null && hoursPerWeek !== null
        ? progressOfTotals(totals, { dueDate, hoursPerWeek, today: todayIn(timeZone) })
        : { ...totals, state: null, paceHoursPerWeek: null };
    return {
      userId,
      name,
      email,
      role,
      percent: progress.percent,
      done: progress.done,
      total: progress.total,
      remainingMinutes: progress.remainingMinutes,
      state: progress.state,
      assignmentId,
      dueDate,
      hoursPerWeek,
      paceHoursPerWeek: progress.paceHoursPerWeek,
      lastStudiedOn,
      items,
    };
  });
  members.sort((a, b) => byName.compare(a.name, b.name) || (a.userId < b.userId ? -1 : 1));
  return {
    path: {
      id: row.path.id,
      title: row.path.title,
      effortMinutes: efforts.reduce((sum, minutes) => sum + minutes, 0),
      items: row.items.map((item) => ({
        topic: { slug: item.slug, title: item.title, track: { slug: item.trackSlug, title: item.trackTitle } },
        effortMinutes: item.effortMinutes,
      })),
    },
    seesEveryone: everyone,
    members,
  };
}

/** A member's progress on one assignment, from its items as the SQL returns them. */
export function memberAssignmentProgress(row: { items: MemberItemRow[]; dueDate: string; hoursPerWeek: number }, timeZone: string, now: Date) {
  const items = row.items.map((item) => ({ status: item.status as TopicStatus, effortMinutes: item.effortMinutes }));
  return assignmentProgress({ items, dueDate: row.dueDate, hoursPerWeek: row.hoursPerWeek, timeZone, now });
}

/**
 * "Assigned to you": every assignment covering the user in their teams (one
 * per team and path; an individual assignment beats a whole-team one), soonest
 * due first, with progress, state, pace and the next item not yet DONE.
 */
export async function getMyAssignments(user: { id: string; timeZone: string }, now = new Date()): Promise<MyAssignmentDto[]> {
  return myAssignmentsFromRows(await db.$queryRaw<MyAssignmentRow[]>(myAssignmentsSql(user.id)), user.timeZone, now);
}

/** "Assigned to you" from the rows of myAssignmentsSql. */
export function myAssignmentsFromRows(rows: MyAssignmentRow[], timeZone: string, now: Date): MyAssignmentDto[] {
  return rows.map((row) => {
    const next = row.items.find((item) => item.status !== "DONE");
    return {
      id: row.id,
      team: { id: row.teamId, name: row.teamName },
      path: { id: row.pathId, title: row.pathTitle },
      dueDate: row.dueDate,
      hoursPerWeek: row.hoursPerWeek,
      ...memberAssignmentProgress(row, timeZone, now),
      nextItem: next ? { slug: next.slug, title: next.title } : null,
    };
  });
}
