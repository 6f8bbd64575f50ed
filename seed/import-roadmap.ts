import type { DbTransaction } from "@/lib/db";
import { findMojibake } from "./mojibake";
import type { ParsedLink, ParsedRoadmap } from "./parse-roadmap";

/** How many rows of each kind the import created and updated. */
export type ImportSummary = Record<"tracks" | "topics" | "keyPoints" | "resources" | "mentions", { created: number; updated: number }>;

/** The fields of `desired` whose value differs from `existing` (null when none do). */
function diff<T extends Record<string, unknown>>(existing: Record<string, unknown>, desired: T): Partial<T> | null {
  const changes = Object.fromEntries(Object.entries(desired).filter(([k, v]) => existing[k] !== v)) as Partial<T>;
  return Object.keys(changes).length ? changes : null;
}

function assertClean(roadmap: ParsedRoadmap) {
  const bad = findMojibake(JSON.stringify(roadmap));
  if (bad.length) throw new Error(`Refusing to import mangled text: ${bad.slice(0, 5).join(", ")}`);
}

/**
 * Writes the parsed roadmap into the database, idempotently: rows are matched
 * on stable keys (track and topic slugs, key point keys, resource seed keys),
 * only rows that differ are written, rows an admin curated (`curatedAt`) are
 * left alone, and nothing is ever deleted, so learners' progress survives.
 */
export async function importRoadmap(tx: DbTransaction, roadmap: ParsedRoadmap): Promise<ImportSummary> {
  assertClean(roadmap);
  const summary: ImportSummary = {
    tracks: { created: 0, updated: 0 }, topics: { created: 0, updated: 0 }, keyPoints: { created: 0, updated: 0 },
    resources: { created: 0, updated: 0 }, mentions: { created: 0, updated: 0 },
  };
  const [tracks, topics, keyPoints, resources, mentions] = await Promise.all([
    tx.track.findMany(), tx.topic.findMany(), tx.keyPoint.findMany(), tx.resource.findMany({ where: { seedKey: { not: null } } }), tx.linkMention.findMany(),
  ]);
  const trackBySlug = new Map(tracks.map((t) => [t.slug, t]));
  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));
  const keyPointByKey = new Map(keyPoints.map((k) => [`${k.topicId} ${k.key}`, k]));
  const resourceByKey = new Map(resources.map((r) => [r.seedKey!, r]));
  const mentionByKey = new Map(mentions.map((m) => [`${m.topicId} ${m.ownerKey} ${m.position}`, m]));

  // Upserts one row: create when missing, update the differing fields unless curated.
  async function put<R extends { id: string; curatedAt?: Date | null }>(
    kind: keyof ImportSummary, existing: R | undefined, data: Record<string, unknown>,
    create: () => Promise<R>, update: (id: string, changes: Record<string, unknown>) => Promise<unknown>,
  ): Promise<string> {
    if (!existing) {
      summary[kind].created++;
      return (await create()).id;
    }
    const changes = existing.curatedAt ? null : diff(existing, data);
    if (changes) {
      summary[kind].updated++;
      await update(existing.id, changes);
    }
    return existing.id;
  }

  async function putMentions(topicId: string, ownerKey: string, links: ParsedLink[], owner: { keyPointId?: string; resourceId?: string }) {
    for (const [position, link] of links.entries()) {
      const data = { label: link.label, url: link.url, keyPointId: owner.keyPointId ?? null, resourceId: owner.resourceId ?? null };
      await put("mentions", mentionByKey.get(`${topicId} ${ownerKey} ${position}`), data,
        () => tx.linkMention.create({ data: { ...data, topicId, ownerKey, position } }),
        (id, changes) => tx.linkMention.update({ where: { id }, data: changes }));
    }
  }

  for (const track of roadmap.tracks) {
    const trackData = { title: track.title, summary: track.summary, intro: track.intro, position: track.position };
    const trackId = await put("tracks", trackBySlug.get(track.slug), trackData,
      () => tx.track.create({ data: { ...trackData, slug: track.slug } }),
      (id, changes) => tx.track.update({ where: { id }, data: changes }));

    for (const topic of track.topics) {
      const topicData = { trackId, number: topic.number, title: topic.title, intro: topic.intro, position: topic.position };
      const topicId = await put("topics", topicBySlug.get(topic.slug), topicData,
        () => tx.topic.create({ data: { ...topicData, slug: topic.slug } }),
        (id, changes) => tx.topic.update({ where: { id }, data: changes }));
      await putMentions(topicId, "intro", topic.introLinks, {});

      for (const point of topic.keyPoints) {
        const pointData = { title: point.title, text: point.text, position: point.position };
        const keyPointId = await put("keyPoints", keyPointByKey.get(`${topicId} ${point.key}`), pointData,
          () => tx.keyPoint.create({ data: { ...pointData, topicId, key: point.key } }),
          (id, changes) => tx.keyPoint.update({ where: { id }, data: changes }));
        await putMentions(topicId, `key-point:${point.key}`, point.links, { keyPointId });
      }

      for (const resource of topic.resources) {
        const seedKey = `${topic.slug} ${resource.url}`;
        const resourceData = {
          topicId, title: resource.title, url: resource.url, author: resource.author, kind: resource.kind,
          note: resource.note, position: resource.position,
        };
        const resourceId = await put("resources", resourceByKey.get(seedKey), resourceData,
          () => tx.resource.create({ data: { ...resourceData, seedKey } }),
          (id, changes) => tx.resource.update({ where: { id }, data: changes }));
        await putMentions(topicId, `resource:${seedKey}`, resource.links, { resourceId });
      }
    }
  }
  return summary;
}
