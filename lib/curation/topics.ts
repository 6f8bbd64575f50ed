import "server-only";
import { db, type DbTransaction } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/schema";
import { contentChanged } from "@/lib/catalog/content-changed";
import { markdownLinks, readMentions, relinkMentions, syncMentions } from "@/lib/catalog/mentions";
import { editAction, fieldChanges, uniqueSlug } from "@/lib/curation/policy";
import { applyOrder, lockList, nextPosition } from "@/lib/curation/rows";
import type { AdminTopicDto, CreateTopicInput, UpdateTopicInput } from "@/lib/curation/schema";
import { trackOrThrow } from "@/lib/curation/tracks";

// Topics: create in a track, edit (title, intro), move to another track,
// archive/restore, reorder within a track. The slug is made once and never
// changes: URLs, learners' progress exports and the seed key on it.

// Topic slugs are unique across all tracks: new ones are chosen under one lock.
const TOPIC_SLUGS = "topic-slugs";
const topicList = (trackId: string) => `topics:${trackId}`;

const topicSelect = {
  id: true, slug: true, title: true, intro: true, status: true, position: true, curatedAt: true, trackId: true,
  track: { select: { slug: true } },
} as const;
type TopicRow = {
  id: string; slug: string; title: string; intro: string; status: AdminTopicDto["status"]; position: number; curatedAt: Date | null;
  trackId: string; track: { slug: string };
};

const toDto = (row: TopicRow): AdminTopicDto => ({
  slug: row.slug, title: row.title, intro: row.intro, status: row.status, position: row.position, track: row.track.slug,
  curatedAt: row.curatedAt?.toISOString() ?? null,
});

/** The topic by slug, any status; 404 when there is none. */
export async function topicOrThrow(tx: DbTransaction, slug: string): Promise<TopicRow> {
  const topic = await tx.topic.findUnique({ where: { slug }, select: topicSelect });
  if (!topic) throw notFound("No topic with this slug.");
  return topic;
}

/** POST /api/admin/tracks/{slug}/topics: a new active topic at the end of the track. */
export async function createTopic(actor: AuditActor, trackSlug: string, input: CreateTopicInput): Promise<AdminTopicDto> {
  const row = await db.$transaction(async (tx) => {
    const track = await trackOrThrow(tx, trackSlug);
    await lockList(tx, TOPIC_SLUGS);
    await lockList(tx, topicList(track.id));
    const slugs = new Set((await tx.topic.findMany({ select: { slug: true } })).map((t) => t.slug));
    if (input.slug && slugs.has(input.slug)) throw new ApiError("conflict", "A topic with this slug already exists.");
    const slug = input.slug ?? uniqueSlug(input.title, (s) => slugs.has(s), "topic");
    const last = await tx.topic.aggregate({ where: { trackId: track.id }, _max: { position: true } });
    const position = nextPosition(last._max.position);
    const topic = await tx.topic.create({
      data: { trackId: track.id, slug, number: position + 1, title: input.title, intro: input.intro, position, curatedAt: new Date() },
      select: topicSelect,
    });
    await syncMentions(tx, { kind: "intro", topicId: topic.id }, markdownLinks(topic.intro));
    await recordAudit(tx, actor, {
      action: "topic.create",
      entity: { type: "topic", id: topic.id, label: topic.title },
      after: { slug: topic.slug, track: track.slug, title: topic.title, intro: topic.intro, status: topic.status },
    });
    return topic;
  });
  await contentChanged();
  return toDto(row);
}

/**
 * PATCH /api/admin/topics/{slug}: title and intro, `track` moves the topic to
 * the end of another track (422 when there is no such track), `status`
 * archives or restores it (restored: at the end of its track). Learners'
 * statuses, ticks and notes hang off the topic's id and are never touched.
 */
export async function updateTopic(actor: AuditActor, slug: string, input: UpdateTopicInput): Promise<AdminTopicDto> {
  const row = await db.$transaction(async (tx) => {
    const found = await topicOrThrow(tx, slug);
    const target = input.track === undefined ? null : await tx.track.findUnique({ where: { slug: input.track }, select: { id: true, slug: true } });
    if (input.track !== undefined && !target) throw new ApiError("validation_failed", "track: no track with this slug");
    // Both lists in a fixed order, so two moves in opposite directions cannot deadlock.
    for (const list of [...new Set([topicList(found.trackId), ...(target ? [topicList(target.id)] : [])])].sort()) await lockList(tx, list);
    const current = await topicOrThrow(tx, slug);
    const changes = fieldChanges(
      { title: current.title, intro: current.intro, track: current.track.slug, status: current.status },
      { title: input.title, intro: input.intro, track: target?.slug, status: input.status },
    );
    if (!changes) return current;
    const { after } = changes;
    const trackId = target && "track" in after ? target.id : current.trackId;
    const last = "track" in after || after.status === "ACTIVE" ? await tx.topic.aggregate({ where: { trackId, id: { not: current.id } }, _max: { position: true } }) : null;
    const topic = await tx.topic.update({
      where: { id: current.id },
      data: {
        ...("title" in after ? { title: after.title } : {}),
        ...("intro" in after ? { intro: after.intro } : {}),
        ...("track" in after ? { trackId } : {}),
        ...("status" in after ? { status: after.status } : {}),
        ...(last ? { position: nextPosition(last._max.position) } : {}),
        curatedAt: new Date(),
      },
      select: topicSelect,
    });
    if ("intro" in after) {
      const owner = { kind: "intro", topicId: topic.id } as const;
      await syncMentions(tx, owner, relinkMentions(await readMentions(tx, owner), current.intro, topic.intro));
    }
    await recordAudit(tx, actor, {
      action: "track" in after && !("status" in after) ? "topic.move" : editAction("topic", current.status, topic.status),
      entity: { type: "topic", id: topic.id, label: topic.title },
      before: changes.before,
      after: changes.after,
    });
    return topic;
  });
  await contentChanged();
  return toDto(row);
}

/** PUT /api/admin/tracks/{slug}/topics/order: `slugs` must be the track's active topics, each once (else 422). */
export async function reorderTopics(actor: AuditActor, trackSlug: string, slugs: string[]): Promise<AdminTopicDto[]> {
  const rows = await db.$transaction(async (tx) => {
    const track = await trackOrThrow(tx, trackSlug);
    await lockList(tx, topicList(track.id));
    const active = await tx.topic.findMany({ where: { trackId: track.id, status: "ACTIVE" }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { slug: true, position: true } });
    const now = new Date();
    const change = await applyOrder(
      "slugs",
      active.map((t) => ({ id: t.slug, position: t.position })),
      slugs,
      (slug, position) => tx.topic.update({ where: { slug }, data: { position, curatedAt: now } }),
    );
    if (change) {
      await recordAudit(tx, actor, { action: "topic.reorder", entity: { type: "track", id: track.id, label: track.title }, before: { order: change.before }, after: { order: change.after } });
    }
    return tx.topic.findMany({ where: { trackId: track.id, status: "ACTIVE" }, orderBy: { position: "asc" }, select: topicSelect });
  });
  await contentChanged();
  return rows.map(toDto);
}
