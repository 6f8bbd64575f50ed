import "server-only";
import { db, type DbTransaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/schema";
import { contentChanged } from "@/lib/catalog/content-changed";
import { resourceEffort } from "@/lib/catalog/effort";
import { markdownLinks, readMentions, relinkMentions, syncMentions } from "@/lib/catalog/mentions";
import { editAction, fieldChanges } from "@/lib/curation/policy";
import { applyOrder, lockList, nextPosition } from "@/lib/curation/rows";
import type { AdminResourceDto, CreateResourceBody, CreateResourceInput, UpdateResourceInput } from "@/lib/curation/schema";

// Resources of a topic: create, edit, archive/restore (a status edit) and
// reorder. `createResource` and `updateResource` run inside the caller's
// transaction (the review queue approves a suggestion with them), mark the row
// curated (the seed then leaves it alone) and write their audit event with it.

const resourceSelect = {
  id: true,
  title: true,
  url: true,
  kind: true,
  author: true,
  note: true,
  effortMinutes: true,
  status: true,
  position: true,
  seedKey: true,
  topicId: true,
  topic: { select: { slug: true } },
} as const;

type ResourceRow = {
  id: string;
  title: string;
  url: string;
  kind: AdminResourceDto["kind"];
  author: string | null;
  note: string | null;
  effortMinutes: number | null;
  status: AdminResourceDto["status"];
  position: number;
  seedKey: string | null;
  topicId: string;
  topic: { slug: string };
};

function toDto(row: ResourceRow): AdminResourceDto {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    kind: row.kind,
    author: row.author,
    note: row.note,
    effortMinutes: row.effortMinutes,
    status: row.status,
    effectiveEffortMinutes: resourceEffort(row),
    position: row.position,
    topic: row.topic.slug,
  };
}

/** The fields an audit record shows for a resource. */
const auditFields = (r: Pick<ResourceRow, "title" | "url" | "kind" | "author" | "note" | "effortMinutes" | "status">) => ({
  title: r.title, url: r.url, kind: r.kind, author: r.author, note: r.note, effortMinutes: r.effortMinutes, status: r.status,
});

const resourceList = (topicId: string) => `resources:${topicId}`;

/** The mention owner of a resource: its author's and note's links. */
const mentionOwner = (row: Pick<ResourceRow, "id" | "topicId" | "seedKey">) =>
  ({ kind: "resource", topicId: row.topicId, resourceId: row.id, ref: row.seedKey ?? row.id }) as const;

/**
 * Adds a resource at the end of its topic (any status of topic), curated,
 * with the links of its note recorded, and audits it. Runs in `tx`.
 */
export async function createResource(tx: DbTransaction, actor: AuditActor, input: CreateResourceInput): Promise<AdminResourceDto> {
  await lockList(tx, resourceList(input.topicId));
  const last = await tx.resource.aggregate({ where: { topicId: input.topicId }, _max: { position: true } });
  const row = await tx.resource.create({
    data: {
      topicId: input.topicId,
      title: input.title,
      url: input.url,
      kind: input.kind,
      author: input.author ?? null,
      note: input.note ?? null,
      effortMinutes: input.effortMinutes ?? null,
      position: nextPosition(last._max.position),
      curatedAt: new Date(),
    },
    select: resourceSelect,
  });
  await syncMentions(tx, mentionOwner(row), markdownLinks(row.note));
  await recordAudit(tx, actor, {
    action: "resource.create",
    entity: { type: "resource", id: row.id, label: row.title },
    after: { topic: row.topic.slug, ...auditFields(row) },
  });
  return toDto(row);
}

/**
 * Changes the fields `input` names (only those; 404 for an unknown id). A
 * status change archives (hidden, learners' ticks kept) or restores (back at
 * the end of the list, ticks intact). An edit that changes nothing writes
 * nothing. Marks the row curated and audits the change. Runs in `tx`.
 */
export async function updateResource(tx: DbTransaction, actor: AuditActor, id: string, input: UpdateResourceInput): Promise<AdminResourceDto> {
  const found = await tx.resource.findUnique({ where: { id }, select: { topicId: true } });
  if (!found) throw notFound("No resource with this id.");
  await lockList(tx, resourceList(found.topicId));
  const current = await tx.resource.findUniqueOrThrow({ where: { id }, select: resourceSelect });
  const changes = fieldChanges(auditFields(current), {
    title: input.title, url: input.url, kind: input.kind, author: input.author, note: input.note,
    effortMinutes: input.effortMinutes, status: input.status,
  });
  if (!changes) return toDto(current);

  const { after } = changes;
  const restoring = after.status === "ACTIVE";
  const last = restoring ? await tx.resource.aggregate({ where: { topicId: current.topicId }, _max: { position: true } }) : null;
  const row = await tx.resource.update({
    where: { id },
    data: {
      ...("title" in after ? { title: after.title } : {}),
      ...("url" in after ? { url: after.url } : {}),
      ...("kind" in after ? { kind: after.kind } : {}),
      ...("author" in after ? { author: after.author } : {}),
      ...("note" in after ? { note: after.note } : {}),
      ...("effortMinutes" in after ? { effortMinutes: after.effortMinutes } : {}),
      ...("status" in after ? { status: after.status } : {}),
      ...(last ? { position: nextPosition(last._max.position) } : {}),
      curatedAt: new Date(),
    },
    select: resourceSelect,
  });
  if ("note" in after) {
    const owner = mentionOwner(row);
    await syncMentions(tx, owner, relinkMentions(await readMentions(tx, owner), current.note, row.note));
  }
  await recordAudit(tx, actor, {
    action: editAction("resource", current.status, row.status),
    entity: { type: "resource", id, label: row.title },
    before: changes.before,
    after: changes.after,
  });
  return toDto(row);
}

async function topicIdOrThrow(tx: DbTransaction, slug: string): Promise<string> {
  const topic = await tx.topic.findUnique({ where: { slug }, select: { id: true } });
  if (!topic) throw notFound("No topic with this slug.");
  return topic.id;
}

/** POST /api/admin/topics/{slug}/resources: adds a resource to the topic (404 when there is no such topic). */
export async function addResource(actor: AuditActor, topicSlug: string, body: CreateResourceBody): Promise<AdminResourceDto> {
  const dto = await db.$transaction(async (tx) => createResource(tx, actor, { topicId: await topicIdOrThrow(tx, topicSlug), ...body }));
  await contentChanged();
  return dto;
}

/** PATCH /api/admin/resources/{id} */
export async function editResource(actor: AuditActor, id: string, input: UpdateResourceInput): Promise<AdminResourceDto> {
  const dto = await db.$transaction((tx) => updateResource(tx, actor, id, input));
  await contentChanged();
  return dto;
}

/**
 * PUT /api/admin/topics/{slug}/resources/order: `ids` must be the topic's
 * active resources, each once (else 422 and nothing written). Rows that move
 * are marked curated; one audit event records the old and new order.
 */
export async function reorderResources(actor: AuditActor, topicSlug: string, ids: string[]): Promise<AdminResourceDto[]> {
  const rows = await db.$transaction(async (tx) => {
    const topicId = await topicIdOrThrow(tx, topicSlug);
    await lockList(tx, resourceList(topicId));
    const active = await tx.resource.findMany({ where: { topicId, status: "ACTIVE" }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, position: true } });
    const now = new Date();
    const change = await applyOrder("ids", active, ids, (id, position) => tx.resource.update({ where: { id }, data: { position, curatedAt: now } }));
    if (change) {
      const topic = await tx.topic.findUniqueOrThrow({ where: { id: topicId }, select: { id: true, title: true } });
      await recordAudit(tx, actor, { action: "resource.reorder", entity: { type: "topic", id: topic.id, label: topic.title }, before: { order: change.before }, after: { order: change.after } });
    }
    return tx.resource.findMany({ where: { topicId, status: "ACTIVE" }, orderBy: { position: "asc" }, select: resourceSelect });
  });
  await contentChanged();
  return rows.map(toDto);
}
