import "server-only";
import { db } from "@/lib/db";
import { dashboardPageSql, type DashboardPageRow } from "@/lib/dashboard/queries";
import type { DashboardPage } from "@/lib/dashboard/schema";
import { can } from "@/lib/permissions";
import { localDate } from "@/lib/progress/activity";
import { buildDashboard } from "@/lib/progress/dashboard";
import { remainingFromRows } from "@/lib/progress/effort";
import type { SessionUser } from "@/lib/session-store";
import { toReviewCard } from "@/lib/spaced-review/data";
import { myAssignmentsFromRows } from "@/lib/teams/progress";

/**
 * The learner's dashboard: progress, effort left, assignments and reviews
 * due, all scoped by the learner's id, in one statement
 * (lib/dashboard/queries.ts); the catalog side of the effort comes from the
 * per-content-version cache. Each part is built by its own domain's code.
 */
export async function getDashboardPage(user: SessionUser, now = new Date()): Promise<DashboardPage> {
  const today = localDate(now, user.timeZone);
  const [row] = await db.$queryRaw<DashboardPageRow[]>(
    dashboardPageSql({ userId: user.id, timeZone: user.timeZone, today, withAssignments: can(user.role, "teams:use") }),
  );
  const { progress, finished, assignments, reviewsDue } = row!;
  return {
    user: { name: user.name },
    progress: buildDashboard(progress, user.timeZone, now),
    remainingMinutes: await remainingFromRows(finished),
    assignments: myAssignmentsFromRows(assignments, user.timeZone, now),
    reviewsDue: reviewsDue.map(toReviewCard),
  };
}
