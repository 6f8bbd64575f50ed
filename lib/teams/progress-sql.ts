// The SQL behind the team dashboard, "Assigned to you" and reminders: ONE
// statement each, whatever the number of members and items (statuses come
// back inside JSON columns, in path order). A member's state is then computed in
// TypeScript (lib/teams/state.ts), because "today" depends on their time zone.
//
// Which assignment counts for a member: of the assignments of a path that
// cover them, an individual one beats a whole-team one (a lead can give one
// person another date); among equals, the earliest due date. Assignments of
// archived paths, and items whose topic was archived, do not count.
import { Prisma } from "@/lib/generated/prisma/client";
import { resourceEffortSql } from "@/lib/catalog/effort";

/** Effort of the path item aliased `i`: its pinned active resources, else all its topic's active ones (as in paths.ts). */
const itemEffortSql = Prisma.sql`COALESCE(
  (SELECT sum(${resourceEffortSql("r")}) FROM path_item_resources pir
     JOIN resources r ON r.id = pir.resource_id AND r.status = 'ACTIVE'
    WHERE pir.item_id = i.id),
  (SELECT sum(${resourceEffortSql("r")}) FROM resources r WHERE r.topic_id = i.topic_id AND r.status = 'ACTIVE'),
  0)::int`;

/** The active items of an active path of the team, with their topic and effort. */
function pathItemsSql(teamId: string, pathId: string) {
  return Prisma.sql`
    SELECT i.id, i.position, (row_number() OVER (ORDER BY i.position) - 1)::int AS idx, i.topic_id, t.slug, t.title, tr.slug AS track_slug, tr.title AS track_title, ${itemEffortSql} AS effort
      FROM learning_paths p
      JOIN path_items i ON i.path_id = p.id
      JOIN topics t ON t.id = i.topic_id AND t.status = 'ACTIVE'
      JOIN tracks tr ON tr.id = t.track_id AND tr.status = 'ACTIVE'
     WHERE p.id = ${pathId} AND p.team_id = ${teamId} AND p.status = 'ACTIVE'`;
}

export type ProgressItemRow = { slug: string; title: string; trackSlug: string; trackTitle: string; effortMinutes: number };
/**
 * One member as a positional JSON array (500 of them are parsed per request:
 * no repeated key names). `marks`: the statuses other than NOT_STARTED, each
 * as item index × 4 + MARK_CODE (decodeMarks).
 */
export type ProgressMemberRow = [
  userId: string,
  name: string,
  email: string,
  timeZone: string,
  role: "LEAD" | "MEMBER",
  assignmentId: string | null,
  dueDate: string | null,
  hoursPerWeek: number | null,
  lastStudiedOn: string | null,
  marks: number[],
];
export type TeamProgressRow = { path: { id: string; title: string } | null; items: ProgressItemRow[]; members: ProgressMemberRow[] };

/**
 * The team dashboard of one path: the path, its items, and per member shown
 * their statuses per item, assignment and last study day (since joining, in
 * their zone). Members shown: those an assignment of the path covers; when it
 * has none, every member. `everyone` false: only the viewer's own row.
 */
export function teamProgressSql({ teamId, pathId, viewerId, everyone }: { teamId: string; pathId: string; viewerId: string; everyone: boolean }) {
  // Shaped so that no plan can go quadratic, even a generic plan of the
  // prepared statement over tables without statistics (measured: a join-based
  // version took 0.5 s at 500 members once PostgreSQL switched to its generic
  // plan): the CTEs are materialized once, and everything per member is a
  // correlated lookup on an index (topic_progress and study_activity by user);
  // the path's few assignments are picked per member by a join, not a sort per
  // member (measured: 9.4 → 6.9 ms of PostgreSQL CPU at 500 members, together
  // with the positional rows and numeric marks below).
  return Prisma.sql`
    WITH items AS MATERIALIZED (${pathItemsSql(teamId, pathId)}),
    -- The path's assignments, the earliest due per target (a member, or NULL: the whole
    -- team): a handful of rows, sorted once rather than once per member.
    assigned AS MATERIALIZED (
      SELECT DISTINCT ON (a.user_id) a.user_id, a.id, a.due_date, a.hours_per_week
        FROM assignments a
       WHERE a.path_id = ${pathId} AND a.team_id = ${teamId}
       ORDER BY a.user_id, a.due_date, a.id),
    members AS MATERIALIZED (
      SELECT m.user_id, m.role, m.joined_at,
             CASE WHEN mine.id IS NULL THEN whole.id ELSE mine.id END AS assignment_id,
             CASE WHEN mine.id IS NULL THEN whole.due_date ELSE mine.due_date END AS due_date,
             CASE WHEN mine.id IS NULL THEN whole.hours_per_week ELSE mine.hours_per_week END AS hours_per_week
        FROM team_memberships m
        LEFT JOIN assigned mine ON mine.user_id = m.user_id
        LEFT JOIN assigned whole ON whole.user_id IS NULL
       WHERE m.team_id = ${teamId}),
    shown AS MATERIALIZED (
      SELECT * FROM members
       WHERE (assignment_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM members WHERE assignment_id IS NOT NULL))
         AND (${everyone} OR user_id = ${viewerId}))
    SELECT
      (SELECT json_build_object('id', p.id, 'title', p.title) FROM learning_paths p
        WHERE p.id = ${pathId} AND p.team_id = ${teamId} AND p.status = 'ACTIVE') AS path,
      (SELECT coalesce(json_agg(json_build_object('slug', slug, 'title', title, 'trackSlug', track_slug, 'trackTitle', track_title, 'effortMinutes', effort)
                                ORDER BY position), '[]') FROM items) AS items,
      (SELECT coalesce(json_agg(json_build_array(
                s.user_id, u.name, u.email, u.time_zone, s.role, s.assignment_id, to_char(s.due_date, 'YYYY-MM-DD'), s.hours_per_week,
                to_char(((SELECT max(sa.occurred_at) FROM study_activity sa
                           WHERE sa.user_id = s.user_id AND sa.occurred_at >= s.joined_at) AT TIME ZONE 'UTC') AT TIME ZONE u.time_zone,
                        'YYYY-MM-DD'),
                -- Only the rows that say something (NOT_STARTED is the default), as
                -- numbers: item index × 4 + 0 (DONE), 1 (IN_PROGRESS) or 2 (SKIPPED).
                coalesce((SELECT array_agg(i.idx * 4 + CASE tp.status WHEN 'DONE' THEN 0 WHEN 'IN_PROGRESS' THEN 1 ELSE 2 END)
                            FROM topic_progress tp
                            JOIN items i ON i.topic_id = tp.topic_id
                           WHERE tp.user_id = s.user_id AND tp.status <> 'NOT_STARTED'), '{}'))), '[]')
         FROM shown s
         JOIN users u ON u.id = s.user_id) AS members`;
}

/** The status of each code in teamProgressSql's marks (index × 4 + code). */
const MARK_STATUS = ["DONE", "IN_PROGRESS", "SKIPPED"] as const;
type MarkedStatus = (typeof MARK_STATUS)[number] | "NOT_STARTED";

/** A member's status per item (NOT_STARTED where the marks say nothing), from teamProgressSql's `marks`. */
export function decodeMarks(marks: readonly number[], itemCount: number): MarkedStatus[] {
  const statuses: MarkedStatus[] = new Array(itemCount).fill("NOT_STARTED");
  for (const mark of marks) {
    const index = mark >> 2;
    const status = MARK_STATUS[mark & 3];
    if (index < itemCount && status) statuses[index] = status;
  }
  return statuses;
}

export type MemberItemRow = { slug: string; title: string; status: string; effortMinutes: number };
/** A member's status and effort per item of an active path, in path order (a JSON array). */
function memberItemsSql(pathIdColumn: Prisma.Sql, userId: string) {
  return Prisma.sql`(
    SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'title', t.title, 'status', coalesce(tp.status::text, 'NOT_STARTED'),
                                               'effortMinutes', ${itemEffortSql}) ORDER BY i.position), '[]')
      FROM path_items i
      JOIN topics t ON t.id = i.topic_id AND t.status = 'ACTIVE'
      JOIN tracks tr ON tr.id = t.track_id AND tr.status = 'ACTIVE'
      LEFT JOIN topic_progress tp ON tp.topic_id = i.topic_id AND tp.user_id = ${userId}
     WHERE i.path_id = ${pathIdColumn})`;
}

export type MyAssignmentRow = {
  id: string;
  teamId: string;
  teamName: string;
  pathId: string;
  pathTitle: string;
  dueDate: string;
  hoursPerWeek: number;
  items: MemberItemRow[];
};

/** Every assignment that covers the user, one per (team, path) (see the header), with their statuses. */
export function myAssignmentsSql(userId: string) {
  return Prisma.sql`
    WITH mine AS (
      SELECT DISTINCT ON (a.team_id, a.path_id) a.id, a.team_id, a.path_id, a.due_date, a.hours_per_week
        FROM team_memberships m
        JOIN assignments a ON a.team_id = m.team_id AND (a.user_id IS NULL OR a.user_id = m.user_id)
        JOIN learning_paths p ON p.id = a.path_id AND p.status = 'ACTIVE'
       WHERE m.user_id = ${userId}
       ORDER BY a.team_id, a.path_id, (a.user_id IS NULL), a.due_date, a.id)
    SELECT mine.id, t.id AS "teamId", t.name AS "teamName", p.id AS "pathId", p.title AS "pathTitle",
           to_char(mine.due_date, 'YYYY-MM-DD') AS "dueDate", mine.hours_per_week AS "hoursPerWeek",
           ${memberItemsSql(Prisma.sql`mine.path_id`, userId)} AS items
      FROM mine
      JOIN teams t ON t.id = mine.team_id
      JOIN learning_paths p ON p.id = mine.path_id
     ORDER BY mine.due_date, p.title, mine.id`;
}

export type ReminderTargetRow = {
  assignmentId: string;
  dueDate: string;
  hoursPerWeek: number;
  pathTitle: string;
  name: string;
  email: string;
  timeZone: string;
  items: MemberItemRow[];
};

/**
 * One member's standing on one assignment of the team, for a reminder: no row
 * when the assignment is not the team's, its path is archived, or it does not
 * cover the user (not a member, or assigned to someone else).
 */
export function reminderTargetSql({ teamId, assignmentId, userId }: { teamId: string; assignmentId: string; userId: string }) {
  return Prisma.sql`
    SELECT a.id AS "assignmentId", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate", a.hours_per_week AS "hoursPerWeek",
           p.title AS "pathTitle", u.name, u.email, u.time_zone AS "timeZone",
           ${memberItemsSql(Prisma.sql`a.path_id`, userId)} AS items
      FROM assignments a
      JOIN learning_paths p ON p.id = a.path_id AND p.status = 'ACTIVE'
      JOIN team_memberships m ON m.team_id = a.team_id AND m.user_id = ${userId}
      JOIN users u ON u.id = m.user_id
     WHERE a.id = ${assignmentId} AND a.team_id = ${teamId} AND (a.user_id IS NULL OR a.user_id = ${userId})`;
}
