import "server-only";
import { db } from "@/lib/db";
import { resourceEffort } from "@/lib/catalog/effort";
import type { AdminTopicDetail, AdminTrackDetail, AdminTrackSummary, ContentStatus } from "@/lib/curation/schema";

export type { AdminTopicDetail, AdminTrackDetail, AdminTrackSummary };

// What the admin content editor reads: every row whatever its status (the
// editor shows archived rows so they can be restored), active ones in order.

/** Active rows in their order, then archived ones (most recently changed first). */
function activeFirst<T extends { status: ContentStatus; position: number; updatedAt: Date }>(rows: T[]): T[] {
  const active = rows.filter((r) => r.status === "ACTIVE").sort((a, b) => a.position - b.position);
  const archived = rows.filter((r) => r.status === "ARCHIVED").sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  return [...active, ...archived];
}

/** GET /api/admin/tracks: every track with how many active and archived topics it has. */
export async function listTracksForEditing(): Promise<AdminTrackSummary[]> {
  const tracks = await db.track.findMany({
    select: { slug: true, title: true, summary: true, status: true, position: true, updatedAt: true, topics: { select: { status: true } } },
  });
  return activeFirst(tracks).map((t) => ({
    slug: t.slug,
    title: t.title,
    summary: t.summary,
    status: t.status,
    topicCount: t.topics.filter((topic) => topic.status === "ACTIVE").length,
    archivedTopicCount: t.topics.filter((topic) => topic.status === "ARCHIVED").length,
  }));
}

/** GET /api/admin/tracks/{slug}: the track and all its topics; null when there is no such track. */
export async function getTrackForEditing(slug: string): Promise<AdminTrackDetail | null> {
  const [track, tracks] = await Promise.all([
    db.track.findUnique({
      where: { slug },
      select: {
        slug: true, title: true, summary: true, intro: true, status: true,
        topics: {
          select: {
            slug: true, title: true, status: true, position: true, updatedAt: true,
            _count: { select: { resources: { where: { status: "ACTIVE" } }, keyPoints: { where: { status: "ACTIVE" } } } },
          },
        },
      },
    }),
    listTrackChoices(),
  ]);
  if (!track) return null;
  return {
    ...track,
    topics: activeFirst(track.topics).map((t) => ({
      slug: t.slug, title: t.title, status: t.status, resourceCount: t._count.resources, keyPointCount: t._count.keyPoints,
    })),
    tracks,
  };
}

function listTrackChoices() {
  return db.track.findMany({ orderBy: [{ status: "asc" }, { position: "asc" }], select: { slug: true, title: true, status: true } });
}

/** GET /api/admin/topics/{slug}: the topic with every key point and resource; null when there is no such topic. */
export async function getTopicForEditing(slug: string): Promise<AdminTopicDetail | null> {
  const [topic, tracks] = await Promise.all([
    db.topic.findUnique({
      where: { slug },
      select: {
        slug: true, title: true, intro: true, status: true,
        track: { select: { slug: true, title: true, status: true } },
        keyPoints: { select: { id: true, title: true, text: true, status: true, position: true, updatedAt: true } },
        resources: {
          select: {
            id: true, title: true, url: true, kind: true, author: true, note: true, effortMinutes: true, status: true, position: true, updatedAt: true,
          },
        },
      },
    }),
    listTrackChoices(),
  ]);
  if (!topic) return null;
  return {
    slug: topic.slug,
    title: topic.title,
    intro: topic.intro,
    status: topic.status,
    track: topic.track,
    keyPoints: activeFirst(topic.keyPoints).map(({ updatedAt: _u, ...k }) => ({ ...k, topic: topic.slug })),
    resources: activeFirst(topic.resources).map(({ updatedAt: _u, ...r }) => ({ ...r, effectiveEffortMinutes: resourceEffort(r), topic: topic.slug })),
    tracks,
  };
}
