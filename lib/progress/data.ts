import "server-only";
import { activeTopic } from "@/lib/catalog/data";
import { db } from "@/lib/db";
import { buildDashboard } from "@/lib/progress/dashboard";
import { dashboardSql, type DashboardRow } from "@/lib/progress/queries";
import type { Dashboard, NoteDto, TopicProgressDetail, TopicStatus } from "@/lib/progress/schema";

/**
 * The learner's dashboard in one query, whatever the number of topics:
 * per-track counts, the continue/next-up picks, and activity per local day.
 */
export async function getDashboard(userId: string, timeZone: string, now = new Date()): Promise<Dashboard> {
  const [row] = await db.$queryRaw<DashboardRow[]>(dashboardSql(userId, timeZone));
  return buildDashboard(row!, timeZone, now);
}

/** The caller's status and ticked resources on one topic (null when the topic does not exist). */
export async function getTopicProgress(userId: string, slug: string): Promise<TopicProgressDetail | null> {
  const topic = await db.topic.findFirst({
    where: { slug, ...activeTopic },
    select: {
      progress: { where: { userId }, select: { status: true, updatedAt: true } },
      resources: {
        where: { status: "ACTIVE", progress: { some: { userId, done: true } } },
        select: { id: true },
      },
    },
  });
  if (!topic) return null;
  const progress = topic.progress[0];
  return {
    topic: slug,
    status: progress?.status ?? "NOT_STARTED",
    updatedAt: progress?.updatedAt.toISOString() ?? null,
    doneResourceIds: topic.resources.map((r) => r.id),
  };
}

/** The caller's note on a topic ("" when none yet; null when the topic does not exist). */
export async function getNote(userId: string, slug: string): Promise<NoteDto | null> {
  const topic = await db.topic.findFirst({
    where: { slug, ...activeTopic },
    select: { notes: { where: { userId }, select: { body: true, updatedAt: true } } },
  });
  if (!topic) return null;
  const note = topic.notes[0];
  return { topic: slug, body: note?.body ?? "", updatedAt: note?.updatedAt.toISOString() ?? null };
}

/** The caller's status on each topic of a track that has one (topics never touched are absent); null: no such track. */
export async function getTrackStatuses(userId: string, trackSlug: string): Promise<Record<string, TopicStatus> | null> {
  const track = await db.track.findFirst({
    where: { slug: trackSlug, status: "ACTIVE" },
    select: { topics: { where: { status: "ACTIVE" }, select: { slug: true, progress: { where: { userId }, select: { status: true } } } } },
  });
  if (!track) return null;
  return Object.fromEntries(track.topics.flatMap((topic) => topic.progress.map((p) => [topic.slug, p.status])));
}

/**
 * How many active resources a topic the learner finished has gained since
 * (added after they marked it done, and not ticked since); 0 when the topic is
 * not done. The status stays DONE: this only says there is more to see.
 */
export async function countNewResourcesSinceDone(userId: string, slug: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(r.id)::int AS count
      FROM topics tp
      JOIN topic_progress p ON p.topic_id = tp.id AND p.user_id = ${userId} AND p.status = 'DONE'
      JOIN resources r ON r.topic_id = tp.id AND r.status = 'ACTIVE' AND r.created_at > p.completed_at
      LEFT JOIN resource_progress rp ON rp.resource_id = r.id AND rp.user_id = ${userId} AND rp.done
     WHERE tp.slug = ${slug} AND rp.id IS NULL`;
  return row?.count ?? 0;
}
