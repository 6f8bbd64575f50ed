// The SQL behind the team dashboard, "Assigned to you" and reminders: ONE
// statement each, whatever the number of members and items (statuses come
// back as JSON arrays in path order). A member's state is then computed in
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
    SELECT i.id, i.position, i.topic_id, t.slug, t.title, tr.slug AS track_slug, tr.title AS track_title, ${itemEffortSql} AS effort
      FROM learning_paths p
      JOIN path_items i ON i.path_id = p.id
      JOIN topics t ON t.id = i.topic_id AND t.status = 'ACTIVE'
      JOIN tracks tr ON tr.id = t.track_id AND tr.status = 'ACTIVE'
     WHERE p.id = ${pathId} AND p.team_id = ${teamId} AND p.status = 'ACTIVE'`;
}

export type ProgressItemRow = { slug: string; title: string; trackSlug: string; trackTitle: string; effortMinutes: number };
export type ProgressMemberRow = {
  userId: string;
  name: string;
  email: string;
  timeZone: string;
  role: "LEAD" | "MEMBER";
  assignmentId: string | null;
  dueDate: string | null;
  hoursPerWeek: number | null;
  lastStudiedOn: string | null;
  items: string[];
};
export type TeamProgressRow = { path: { id: string; title: string } | null; items: ProgressItemRow[]; members: ProgressMemberRow[] };

/**
 * The team dashboard of one path: the path, its items, and per member shown
 * their statuses per item, assignment and last study day (since joining, in
 * their zone). Members shown: those an assignment of the path covers; when it
 * has none, every member. `everyone` false: only the viewer's own row.
 */
export function teamProgressSql({ teamId, pathId, viewerId, everyone }: { teamId: string; pathId: string; viewerId: string; everyone: boolean }) {
  return Prisma.sql`
    WITH items AS (${pathItemsSql(teamId, pathId)}),
    covered AS (
      SELECT DISTINCT ON (m.user_id) m.user_id, a.id, a.due_date, a.hours_per_week
        FROM assignments a
        JOIN team_memberships m ON m.team_id = a.team_id AND (a.user_id IS NULL OR a.user_id = m.user_id)
       WHERE a.team_id = ${teamId} AND a.path_id = ${pathId}
       ORDER BY m.user_id, (a.user_id IS NULL), a.due_date, a.id),
    shown AS (
      SELECT m.user_id, m.role, m.joined_at
        FROM team_memberships m
       WHERE m.team_id = ${teamId}
         AND (m.user_id IN (SELECT user_id FROM covered) OR NOT EXISTS (SELECT 1 FROM covered))
         AND (${everyone} OR m.user_id = ${viewerId})),
    statuses AS (
      SELECT s.user_id, array_agg(coalesce(tp.status::text, 'NOT_STARTED') ORDER BY i.position) AS items
        FROM shown s
       CROSS JOIN items i
        LEFT JOIN topic_progress tp ON tp.user_id = s.user_id AND tp.topic_id = i.topic_id
       GROUP BY s.user_id)
    SELECT
      (SELECT json_build_object('id', p.id, 'title', p.title) FROM learning_paths p
        WHERE p.id = ${pathId} AND p.team_id = ${teamId} AND p.status = 'ACTIVE') AS path,
      (SELECT coalesce(json_agg(json_build_object('slug', slug, 'title', title, 'trackSlug', track_slug, 'trackTitle', track_title, 'effortMinutes', effort)
                                ORDER BY position), '[]') FROM items) AS items,
      (SELECT coalesce(json_agg(r), '[]') FROM (
         SELECT s.user_id AS "userId", u.name, u.email, u.time_zone AS "timeZone", s.role,
                c.id AS "assignmentId", to_char(c.due_date, 'YYYY-MM-DD') AS "dueDate", c.hours_per_week AS "hoursPerWeek",
                to_char(((SELECT max(sa.occurred_at) FROM study_activity sa
                           WHERE sa.user_id = s.user_id AND sa.occurred_at >= s.joined_at) AT TIME ZONE 'UTC') AT TIME ZONE u.time_zone,
                        'YYYY-MM-DD') AS "lastStudiedOn",
                coalesce(st.items, '{}') AS items
           FROM shown s
           JOIN users u ON u.id = s.user_id
           LEFT JOIN covered c ON c.user_id = s.user_id
           LEFT JOIN statuses st ON st.user_id = s.user_id) r) AS members`;
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
