// The dashboard page's data in ONE statement: the four domains keep their own
// SQL (progress, effort, teams, spaced review) and this composes them as JSON
// columns of a single row, so GET /api/me/dashboard costs one round trip and
// one trip through the client (each statement costs about 0.8 ms of CPU on its
// own, as much as the dashboard's rendering; measured with `npm run bench`).
import { Prisma } from "@/lib/generated/prisma/client";
import { finishedRowsSql, type FinishedRow } from "@/lib/progress/effort";
import { dashboardSql, type DashboardRow } from "@/lib/progress/queries";
import { reviewCardsSql, type ReviewCardRow } from "@/lib/spaced-review/data";
import { myAssignmentsSql, type MyAssignmentRow } from "@/lib/teams/progress-sql";

export type DashboardPageRow = { progress: DashboardRow; finished: FinishedRow[]; assignments: MyAssignmentRow[]; reviewsDue: ReviewCardRow[] };

/** `withAssignments` false: the caller may not use teams, so no assignment is read. */
export function dashboardPageSql({ userId, timeZone, today, withAssignments }: { userId: string; timeZone: string; today: string; withAssignments: boolean }) {
  const assignments = withAssignments
    ? Prisma.sql`(SELECT coalesce(json_agg(a ORDER BY a."dueDate", a."pathTitle", a.id), '[]') FROM (${myAssignmentsSql(userId)}) a)`
    : Prisma.sql`'[]'::json`;
  return Prisma.sql`
    SELECT (SELECT row_to_json(d) FROM (${dashboardSql(userId, timeZone)}) d) AS progress,
           (SELECT coalesce(json_agg(f), '[]') FROM (${finishedRowsSql(userId)}) f) AS finished,
           ${assignments} AS assignments,
           (SELECT coalesce(json_agg(r ORDER BY r."dueAt", r.title), '[]')
              FROM (${reviewCardsSql({ userId, timeZone, today, dueOnly: true })}) r) AS "reviewsDue"`;
}
