import type { DbTransaction } from "@/lib/db";
import { mentionOwnerKey, syncMentions, type MentionCounts, type MentionOwner, type StoredMention } from "@/lib/catalog/mentions";
import { diff, emptySummary, matchResources, type ContentKind, type ImportSummary } from "./import-diff";
import { findMojibake } from "./mojibake";
import type { ParsedLink, ParsedRoadmap } from "./parse-roadmap";

export type { ImportSummary } from "./import-diff";

function assertClean(roadmap: ParsedRoadmap) {
  const bad = findMojibake(JSON.stringify(roadmap));
  if (bad.length) throw new Error(`Refusing to import mangled text: ${bad.slice(0, 5).join(", ")}`);
}

type Row = { id: string; status: "ACTIVE" | "ARCHIVED"; curatedAt: Date | null };

/**
 * Writes the parsed roadmap into the database, idempotently:
 * - rows are matched on stable keys (track and topic slugs, key point keys,
 *   resource seed keys; a resource whose URL changed, on the source's title at
 *   the last import, so it keeps its id and every learner's tick);
 * - new rows are added, differing rows updated, rows no longer in the source
 *   archived (their link mentions deleted: they are content, not learner data);
 * - rows an admin curated (`curatedAt`) are left alone, except the resource
 *   fields that record what the source said (`seedKey`, `sourceTitle`);
 * - nothing a learner recorded is touched: progress hangs off ids, which stay.
 */
export async function importRoadmap(tx: DbTransaction, roadmap: ParsedRoadmap): Promise<ImportSummary> {
  assertClean(roadmap);
  const summary = emptySummary();
  const [tracks, topics, keyPoints, resources, mentions] = await Promise.all([
    tx.track.findMany(), tx.topic.findMany(), tx.keyPoint.findMany(), tx.resource.findMany(), tx.linkMention.findMany(),
  ]);
  const mentionsByOwner = new Map<string, StoredMention[]>();
  for (const mention of mentions) {
    const key = mentionOwnerKey(mention);
    mentionsByOwner.set(key, [...(mentionsByOwner.get(key) ?? []), mention]);
  }
  const trackBySlug = new Map(tracks.map((t) => [t.slug, t]));
  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));
  const keyPointByKey = new Map(keyPoints.map((k) => [`${k.topicId} ${k.key}`, k]));
  const resourceById = new Map(resources.map((r) => [r.id, r]));
  const seen = new Set<string>();

  const addMentions = (counts: MentionCounts) => {
    summary.mentions.created += counts.created;
    summary.mentions.updated += counts.updated;
    summary.mentions.deleted += counts.deleted;
  };
  const putMentions = async (owner: MentionOwner, links: ParsedLink[]) => {
    const key = owner.kind === "intro" ? `intro ${owner.topicId}` : owner.kind === "keyPoint" ? `keyPoint ${owner.keyPointId}` : `resource ${owner.resourceId}`;
    addMentions(await syncMentions(tx, owner, links, mentionsByOwner.get(key) ?? []));
  };

  /** Creates the row when missing; else updates what differs (and restores it) unless an admin curated it. */
  async function put<R extends Row>(
    kind: ContentKind, label: string, existing: R | undefined, data: Record<string, unknown>,
    create: () => Promise<{ id: string }>, update: (id: string, changes: Record<string, unknown>) => Promise<unknown>,
  ): Promise<{ id: string; curated: boolean }> {
    if (!existing) {
      summary[kind].created++;
      const { id } = await create();
      seen.add(id);
      return { id, curated: false };
    }
    seen.add(existing.id);
    if (existing.curatedAt) return { id: existing.id, curated: true };
    const changes = diff(existing, { ...data, status: "ACTIVE" });
    if (changes) {
      summary[kind].updated++;
      await update(existing.id, changes);
      const fields = Object.keys(changes).filter((f) => f !== "status");
      summary.changes.push(changes.status ? { change: "restored", kind, label } : { change: "changed", kind, label, fields });
    }
    return { id: existing.id, curated: false };
  }

  // Tracks and topics first, so every resource's topic id is known before resources are matched.
  const topicIds = new Map<string, string>();
  for (const track of roadmap.tracks) {
    const trackData = { title: track.title, summary: track.summary, intro: track.intro, position: track.position };
    const { id: trackId } = await put("tracks", track.title, trackBySlug.get(track.slug), trackData,
      () => tx.track.create({ data: { ...trackData, slug: track.slug } }),
      (id, changes) => tx.track.update({ where: { id }, data: changes }));
    for (const topic of track.topics) {
      const topicData = { trackId, number: topic.number, title: topic.title, intro: topic.intro, position: topic.position };
      const { id: topicId, curated } = await put("topics", topic.title, topicBySlug.get(topic.slug), topicData,
        () => tx.topic.create({ data: { ...topicData, slug: topic.slug } }),
        (id, changes) => tx.topic.update({ where: { id }, data: changes }));
      topicIds.set(topic.slug, topicId);
      if (!curated) await putMentions({ kind: "intro", topicId }, topic.introLinks);
    }
  }

  const sourceResources = roadmap.tracks.flatMap((track) =>
    track.topics.flatMap((topic) => topic.resources.map((resource) => ({ topic, resource, topicId: topicIds.get(topic.slug)!, seedKey: `${topic.slug} ${resource.url}` }))),
  );
  const matches = matchResources(sourceResources.map((s) => ({ topicId: s.topicId, seedKey: s.seedKey, title: s.resource.title })), resources);

  for (const track of roadmap.tracks) {
    for (const topic of track.topics) {
      const topicId = topicIds.get(topic.slug)!;
      for (const point of topic.keyPoints) {
        const pointData = { title: point.title, text: point.text, position: point.position };
        const { id: keyPointId, curated } = await put("keyPoints", point.title, keyPointByKey.get(`${topicId} ${point.key}`), pointData,
          () => tx.keyPoint.create({ data: { ...pointData, topicId, key: point.key } }),
          (id, changes) => tx.keyPoint.update({ where: { id }, data: changes }));
        if (!curated) await putMentions({ kind: "keyPoint", topicId, keyPointId, key: point.key }, point.links);
      }
    }
  }

  for (const [index, { resource, topicId, seedKey }] of sourceResources.entries()) {
    const match = matches[index];
    const existing = match ? resourceById.get(match.id) : undefined;
    // What the source said is recorded even on curated rows: the next import matches on it.
    if (existing && (existing.seedKey !== seedKey || existing.sourceTitle !== resource.title)) {
      await tx.resource.update({ where: { id: existing.id }, data: { seedKey, sourceTitle: resource.title } });
    }
    const data = { topicId, title: resource.title, url: resource.url, author: resource.author, kind: resource.kind, note: resource.note, position: resource.position };
    const { id: resourceId, curated } = await put("resources", resource.title, existing, data,
      () => tx.resource.create({ data: { ...data, seedKey, sourceTitle: resource.title } }),
      (id, changes) => tx.resource.update({ where: { id }, data: changes }));
    if (!curated) await putMentions({ kind: "resource", topicId, resourceId, ref: seedKey }, resource.links);
  }

  await archiveRemoved(tx, summary, seen, { tracks, topics, keyPoints, resources: resources.filter((r) => r.seedKey !== null) });
  return summary;
}

type Removable = Row & { title: string };

/** Archives what the source no longer has (unless curated), and deletes the link mentions of what was archived. */
async function archiveRemoved(
  tx: DbTransaction, summary: ImportSummary, seen: Set<string>,
  rows: Record<ContentKind, Removable[]>,
) {
  const stale = (list: Removable[]) => list.filter((r) => !seen.has(r.id) && !r.curatedAt && r.status === "ACTIVE");
  const archived = {
    tracks: stale(rows.tracks), topics: stale(rows.topics), keyPoints: stale(rows.keyPoints), resources: stale(rows.resources),
  };
  const data = { status: "ARCHIVED" } as const;
  const where = (list: Removable[]) => ({ where: { id: { in: list.map((r) => r.id) } }, data });
  await tx.track.updateMany(where(archived.tracks));
  await tx.topic.updateMany(where(archived.topics));
  await tx.keyPoint.updateMany(where(archived.keyPoints));
  await tx.resource.updateMany(where(archived.resources));
  for (const kind of Object.keys(archived) as ContentKind[]) {
    summary[kind].archived = archived[kind].length;
    for (const row of archived[kind]) summary.changes.push({ change: "archived", kind, label: row.title });
  }
  const { count } = await tx.linkMention.deleteMany({
    where: {
      OR: [
        { topicId: { in: archived.topics.map((t) => t.id) }, ownerKey: "intro" },
        { keyPointId: { in: archived.keyPoints.map((k) => k.id) } },
        { resourceId: { in: archived.resources.map((r) => r.id) } },
      ],
    },
  });
  summary.mentions.deleted += count;
}
