// The SQL behind the dashboard (GET /api/me/progress): ONE statement whatever
// the size of the roadmap (four aggregates returned as JSON columns, so one
// round trip). Kept free of the client so the benchmark can issue exactly the
// same SQL through plain `pg`.
import { Prisma } from "@/lib/generated/prisma/client";

export type TrackProgressRow = { slug: string; title: string; position: number; total: number; done: number; inProgress: number; skipped: number };
export type TopicPickRow = { kind: "continue" | "nextUp"; slug: string; title: string; trackSlug: string; trackTitle: string };
export type ActivityDayRow = { day: string; count: number };

/** Per active track: its active topics and how many the learner has done, started, skipped. */
function trackProgressSql(userId: string) {
  return Prisma.sql`
    SELECT t.slug, t.title, t.position,
           count(tp.id)::int AS total,
           count(p.id) FILTER (WHERE p.status = 'DONE')::int AS done,
           count(p.id) FILTER (WHERE p.status = 'IN_PROGRESS')::int AS "inProgress",
           count(p.id) FILTER (WHERE p.status = 'SKIPPED')::int AS skipped
      FROM tracks t
      JOIN topics tp ON tp.track_id = t.id AND tp.status = 'ACTIVE'
      LEFT JOIN topic_progress p ON p.topic_id = tp.id AND p.user_id = ${userId}
     WHERE t.status = 'ACTIVE'
     GROUP BY t.id`;
}

/**
 * "Continue": the most recently touched unfinished topic.
 * "Next up": the first topic in roadmap order the learner has not started.
 */
function topicPicksSql(userId: string) {
  return Prisma.sql`
    (SELECT 'continue' AS kind, tp.slug, tp.title, t.slug AS "trackSlug", t.title AS "trackTitle"
       FROM topic_progress p
       JOIN topics tp ON tp.id = p.topic_id AND tp.status = 'ACTIVE'
       JOIN tracks t ON t.id = tp.track_id AND t.status = 'ACTIVE'
      WHERE p.user_id = ${userId} AND p.status IN ('NOT_STARTED', 'IN_PROGRESS')
      ORDER BY p.updated_at DESC
      LIMIT 1)
    UNION ALL
    (SELECT 'nextUp' AS kind, tp.slug, tp.title, t.slug AS "trackSlug", t.title AS "trackTitle"
       FROM topics tp
       JOIN tracks t ON t.id = tp.track_id AND t.status = 'ACTIVE'
       LEFT JOIN topic_progress p ON p.topic_id = tp.id AND p.user_id = ${userId}
      WHERE tp.status = 'ACTIVE' AND (p.status IS NULL OR p.status = 'NOT_STARTED')
      ORDER BY t.position, tp.position
      LIMIT 1)`;
}

/** Study actions per calendar day in the learner's time zone (stored instants are UTC; JSON renders a date as YYYY-MM-DD). */
function activityDaysSql(userId: string, timeZone: string) {
  return Prisma.sql`
    SELECT ((a.occurred_at AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS day,
           count(*)::int AS count
      FROM study_activity a
     WHERE a.user_id = ${userId}
     GROUP BY 1`;
}

/** How many topics "Updated since you finished" lists at most (the most recently updated). */
export const UPDATED_TOPICS_MAX = 10;

/**
 * Topics the learner finished that gained active resources afterwards (added
 * after `completed_at`, not ticked since): "2 new resources since you finished".
 * The topic stays DONE; this only tells the learner there is more to see.
 */
function updatedSinceDoneSql(userId: string) {
  return Prisma.sql`
    SELECT tp.slug, tp.title, t.slug AS "trackSlug", t.title AS "trackTitle",
           count(r.id)::int AS "newResources", max(r.created_at) AS "latest"
      FROM topic_progress p
      JOIN topics tp ON tp.id = p.topic_id AND tp.status = 'ACTIVE'
      JOIN tracks t ON t.id = tp.track_id AND t.status = 'ACTIVE'
      JOIN resources r ON r.topic_id = tp.id AND r.status = 'ACTIVE' AND r.created_at > p.completed_at
      LEFT JOIN resource_progress rp ON rp.resource_id = r.id AND rp.user_id = ${userId} AND rp.done
     WHERE p.user_id = ${userId} AND p.status = 'DONE' AND rp.id IS NULL
     GROUP BY tp.id, t.id
     ORDER BY max(r.created_at) DESC
     LIMIT ${UPDATED_TOPICS_MAX}`;
}

export type UpdatedTopicRow = { slug: string; title: string; trackSlug: string; trackTitle: string; newResources: number };

export type DashboardRow = { tracks: TrackProgressRow[]; picks: TopicPickRow[]; days: ActivityDayRow[]; updated: UpdatedTopicRow[] };

/** The whole dashboard in one statement: four JSON arrays (tracks in roadmap order). */
export function dashboardSql(userId: string, timeZone: string) {
  return Prisma.sql`
    SELECT (SELECT coalesce(json_agg(t ORDER BY t.position), '[]') FROM (${trackProgressSql(userId)}) t) AS tracks,
           (SELECT coalesce(json_agg(p), '[]') FROM (${topicPicksSql(userId)}) p) AS picks,
           (SELECT coalesce(json_agg(d), '[]') FROM (${activityDaysSql(userId, timeZone)}) d) AS days,
           (SELECT coalesce(json_agg(u ORDER BY u.latest DESC), '[]') FROM (${updatedSinceDoneSql(userId)}) u) AS updated`;
}
