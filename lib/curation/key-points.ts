import "server-only";
import { db, type DbTransaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/schema";
import { contentChanged } from "@/lib/catalog/content-changed";
import { markdownLinks, readMentions, relinkMentions, syncMentions } from "@/lib/catalog/mentions";
import { editAction, fieldChanges, uniqueSlug } from "@/lib/curation/policy";
import { applyOrder, lockList, nextPosition } from "@/lib/curation/rows";
import type { AdminKeyPointDto, CreateKeyPointInput, UpdateKeyPointInput } from "@/lib/curation/schema";
import { topicOrThrow } from "@/lib/curation/topics";

// Key points of a topic: create, edit, archive/restore (a status edit),
// reorder. A key point's `key` (the seed's identity for it) is made once from
// its first title and kept when the title changes.

const keyPointList = (topicId: string) => `key-points:${topicId}`;
const keyPointSelect = {
  id: true, key: true, title: true, text: true, status: true, position: true, topicId: true, topic: { select: { slug: true } },
} as const;
type KeyPointRow = { id: string; key: string; title: string; text: string; status: AdminKeyPointDto["status"]; position: number; topicId: string; topic: { slug: string } };

const toDto = (row: KeyPointRow): AdminKeyPointDto => ({
  id: row.id, title: row.title, text: row.text, status: row.status, position: row.position, topic: row.topic.slug,
});
const mentionOwner = (row: Pick<KeyPointRow, "id" | "key" | "topicId">) => ({ kind: "keyPoint", topicId: row.topicId, keyPointId: row.id, key: row.key }) as const;

/** POST /api/admin/topics/{slug}/key-points: a new active key point at the end of the topic. */
export async function createKeyPoint(actor: AuditActor, topicSlug: string, input: CreateKeyPointInput): Promise<AdminKeyPointDto> {
  const row = await db.$transaction(async (tx) => {
    const topic = await topicOrThrow(tx, topicSlug);
    await lockList(tx, keyPointList(topic.id));
    const existing = await tx.keyPoint.findMany({ where: { topicId: topic.id }, select: { key: true, position: true } });
    const keys = new Set(existing.map((k) => k.key));
    const point = await tx.keyPoint.create({
      data: {
        topicId: topic.id,
        key: uniqueSlug(input.title, (key) => keys.has(key), "key-point"),
        title: input.title,
        text: input.text,
        position: nextPosition(Math.max(-1, ...existing.map((k) => k.position))),
        curatedAt: new Date(),
      },
      select: keyPointSelect,
    });
    await syncMentions(tx, mentionOwner(point), markdownLinks(point.text));
    await recordAudit(tx, actor, {
      action: "keyPoint.create",
      entity: { type: "keyPoint", id: point.id, label: point.title },
      after: { topic: topic.slug, title: point.title, text: point.text, status: point.status },
    });
    return point;
  });
  await contentChanged();
  return toDto(row);
}

async function keyPointOrThrow(tx: DbTransaction, id: string): Promise<KeyPointRow> {
  const point = await tx.keyPoint.findUnique({ where: { id }, select: keyPointSelect });
  if (!point) throw notFound("No key point with this id.");
  return point;
}

/** PATCH /api/admin/key-points/{id}: title, text, status (a restored key point goes last). */
export async function updateKeyPoint(actor: AuditActor, id: string, input: UpdateKeyPointInput): Promise<AdminKeyPointDto> {
  const row = await db.$transaction(async (tx) => {
    await lockList(tx, keyPointList((await keyPointOrThrow(tx, id)).topicId));
    const current = await keyPointOrThrow(tx, id);
    const changes = fieldChanges(
      { title: current.title, text: current.text, status: current.status },
      { title: input.title, text: input.text, status: input.status },
    );
    if (!changes) return current;
    const { after } = changes;
    const last = after.status === "ACTIVE" ? await tx.keyPoint.aggregate({ where: { topicId: current.topicId }, _max: { position: true } }) : null;
    const point = await tx.keyPoint.update({
      where: { id },
      data: {
        ...("title" in after ? { title: after.title } : {}),
        ...("text" in after ? { text: after.text } : {}),
        ...("status" in after ? { status: after.status } : {}),
        ...(last ? { position: nextPosition(last._max.position) } : {}),
        curatedAt: new Date(),
      },
      select: keyPointSelect,
    });
    if ("text" in after) {
      const owner = mentionOwner(point);
      await syncMentions(tx, owner, relinkMentions(await readMentions(tx, owner), current.text, point.text));
    }
    await recordAudit(tx, actor, {
      action: editAction("keyPoint", current.status, point.status),
      entity: { type: "keyPoint", id, label: point.title },
      before: changes.before,
      after: changes.after,
    });
    return point;
  });
  await contentChanged();
  return toDto(row);
}

/** PUT /api/admin/topics/{slug}/key-points/order: `ids` must be the topic's active key points, each once (else 422). */
export async function reorderKeyPoints(actor: AuditActor, topicSlug: string, ids: string[]): Promise<AdminKeyPointDto[]> {
  const rows = await db.$transaction(async (tx) => {
    const topic = await topicOrThrow(tx, topicSlug);
    await lockList(tx, keyPointList(topic.id));
    const active = await tx.keyPoint.findMany({ where: { topicId: topic.id, status: "ACTIVE" }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, position: true } });
    const now = new Date();
    const change = await applyOrder("ids", active, ids, (keyPointId, position) => tx.keyPoint.update({ where: { id: keyPointId }, data: { position, curatedAt: now } }));
    if (change) {
      await recordAudit(tx, actor, { action: "keyPoint.reorder", entity: { type: "topic", id: topic.id, label: topic.title }, before: { order: change.before }, after: { order: change.after } });
    }
    return tx.keyPoint.findMany({ where: { topicId: topic.id, status: "ACTIVE" }, orderBy: { position: "asc" }, select: keyPointSelect });
  });
  await contentChanged();
  return rows.map(toDto);
}
