import "server-only";
import { activeTopic } from "@/lib/catalog/data";
import { db } from "@/lib/db";
import { activityWindow, computeStreaks, localDate } from "@/lib/progress/activity";
import { percent } from "@/lib/progress/policy";
import {
  activityDaysSql,
  topicPicksSql,
  trackProgressSql,
  type ActivityDayRow,
  type TopicPickRow,
  type TrackProgressRow,
} from "@/lib/progress/queries";
import type { Dashboard, NoteDto, TopicProgressDetail, TopicRef, TopicStatus } from "@/lib/progress/schema";

const toRef = (row: TopicPickRow | undefined): TopicRef | null =>
  row ? { slug: row.slug, title: row.title, track: { slug: row.trackSlug, title: row.trackTitle } } : null;

/**
 * The learner's dashboard in three queries, whatever the number of topics:
 * per-track counts, the continue/next-up picks, and activity per local day.
 */
export async function getDashboard(userId: string, timeZone: string, now = new Date()): Promise<Dashboard> {
  const [tracks, picks, days] = await Promise.all([
    db.$queryRaw<TrackProgressRow[]>(trackProgressSql(userId)),
    db.$queryRaw<TopicPickRow[]>(topicPicksSql(userId)),
    db.$queryRaw<ActivityDayRow[]>(activityDaysSql(userId, timeZone)),
  ]);
  const today = localDate(now, timeZone);
  const done = tracks.reduce((sum, t) => sum + t.done, 0);
  const total = tracks.reduce((sum, t) => sum + t.total, 0);
  return {
    overall: { done, total, percent: percent(done, total) },
    tracks: tracks.map((t) => ({ ...t, percent: percent(t.done, t.total) })),
    continue: toRef(picks.find((p) => p.kind === "continue")),
    nextUp: toRef(picks.find((p) => p.kind === "nextUp")),
    streak: computeStreaks(days.map((d) => d.day), today),
    activity: activityWindow(new Map(days.map((d) => [d.day, d.count])), today),
    timeZone,
  };
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

/** The caller's status on each topic of a track that has one (topics never touched are absent). */
export async function getTrackStatuses(userId: string, trackSlug: string): Promise<Record<string, TopicStatus>> {
  const rows = await db.topicProgress.findMany({
    where: { userId, topic: { status: "ACTIVE", track: { slug: trackSlug, status: "ACTIVE" } } },
    select: { status: true, topic: { select: { slug: true } } },
  });
  return Object.fromEntries(rows.map((row) => [row.topic.slug, row.status]));
}
