import "server-only";
import { db } from "@/lib/db";
import { resourceEffort, totalEffort } from "@/lib/catalog/effort";
import type { TopicDetail, TrackDetail, TrackSummary } from "@/lib/catalog/schema";

// Archived content stays in the database (learners' progress hangs off it) but is not shown.
const active = { status: "ACTIVE" } as const;

/** A topic is live when it and its track are active: the filter every topic lookup uses. */
export const activeTopic = { status: "ACTIVE", track: { status: "ACTIVE" } } as const;

/** Active track and topic slugs, for the static pages' generateStaticParams. */
export async function listCatalogSlugs(): Promise<{ tracks: string[]; topics: string[] }> {
  const [tracks, topics] = await Promise.all([
    db.track.findMany({ where: active, orderBy: { position: "asc" }, select: { slug: true } }),
    db.topic.findMany({ where: activeTopic, select: { slug: true } }),
  ]);
  return { tracks: tracks.map((t) => t.slug), topics: topics.map((t) => t.slug) };
}

/** Every active track in roadmap order, with counts of its active topics and resources. */
export async function listTracks(): Promise<TrackSummary[]> {
  const tracks = await db.track.findMany({
    where: active,
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      summary: true,
      topics: { where: active, select: { _count: { select: { resources: { where: active } } } } },
    },
  });
  return tracks.map(({ topics, ...track }) => ({
    ...track,
    topicCount: topics.length,
    resourceCount: topics.reduce((sum, topic) => sum + topic._count.resources, 0),
  }));
}

/** One track with its topics in order, or null when there is no such active track. */
export async function getTrack(slug: string): Promise<TrackDetail | null> {
  const track = await db.track.findFirst({
    where: { slug, ...active },
    select: {
      slug: true,
      title: true,
      summary: true,
      intro: true,
      topics: {
        where: active,
        orderBy: { position: "asc" },
        select: { slug: true, title: true, resources: { where: active, select: { kind: true, effortMinutes: true } } },
      },
    },
  });
  if (!track) return null;
  const topics = track.topics.map((topic, index) => ({
    slug: topic.slug,
    title: topic.title,
    order: index + 1,
    resourceCount: topic.resources.length,
    effortMinutes: totalEffort(topic.resources),
  }));
  return { ...track, effortMinutes: topics.reduce((sum, topic) => sum + topic.effortMinutes, 0), topics };
}

/** One topic with its key points, resources and neighbours in the track, or null. */
export async function getTopic(slug: string): Promise<TopicDetail | null> {
  const topic = await db.topic.findFirst({
    where: { slug, ...activeTopic },
    select: {
      slug: true,
      title: true,
      intro: true,
      track: {
        select: {
          slug: true,
          title: true,
          topics: { where: active, orderBy: { position: "asc" }, select: { slug: true, title: true } },
        },
      },
      keyPoints: {
        where: active,
        orderBy: { position: "asc" },
        select: { title: true, text: true, mentions: { orderBy: { position: "asc" }, select: { label: true, url: true } } },
      },
      resources: {
        where: active,
        orderBy: { position: "asc" },
        select: { id: true, title: true, url: true, author: true, kind: true, note: true, effortMinutes: true },
      },
    },
  });
  if (!topic) return null;
  const siblings = topic.track.topics;
  const index = siblings.findIndex((sibling) => sibling.slug === slug);
  return {
    slug: topic.slug,
    title: topic.title,
    order: index + 1,
    intro: topic.intro,
    track: { slug: topic.track.slug, title: topic.track.title },
    keyPoints: topic.keyPoints.map(({ title, text, mentions }) => ({ title, text, links: mentions })),
    resources: topic.resources.map((resource) => ({ ...resource, effortMinutes: resourceEffort(resource) })),
    effortMinutes: totalEffort(topic.resources),
    previous: siblings[index - 1] ?? null,
    next: siblings[index + 1] ?? null,
  };
}
