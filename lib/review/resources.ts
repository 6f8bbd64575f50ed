// replaced by lib/curation/resources.ts when merged
//
// Minimal private versions of the curation helpers the review queue needs,
// with the signatures lib/curation/resources.ts (branch `content`) exports:
// they run inside the caller's transaction, mark the row curated (the seed
// then leaves it alone) and write the resource's audit event with it.
import "server-only";
import type { DbTransaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/schema";
import type { ResourceKind } from "@/lib/catalog/schema";
import type { ResourceEditInput, ReviewResourceDto } from "@/lib/review/schema";

export const reviewResourceSelect = {
  id: true,
  title: true,
  url: true,
  kind: true,
  author: true,
  note: true,
  effortMinutes: true,
  status: true,
} as const;

export type CreateResourceInput = {
  topicId: string;
  title: string;
  url: string;
  kind: ResourceKind;
  author?: string | null;
  note?: string | null;
  effortMinutes?: number | null;
};

/** Adds a resource at the end of its topic's list. */
export async function createResource(tx: DbTransaction, actor: AuditActor, input: CreateResourceInput): Promise<ReviewResourceDto> {
  const last = await tx.resource.aggregate({ where: { topicId: input.topicId }, _max: { position: true } });
  const resource = await tx.resource.create({
    data: {
      topicId: input.topicId,
      title: input.title,
      url: input.url,
      kind: input.kind,
      author: input.author ?? null,
      note: input.note ?? null,
      effortMinutes: input.effortMinutes ?? null,
      position: (last._max.position ?? -1) + 1,
      curatedAt: new Date(),
    },
    select: reviewResourceSelect,
  });
  await recordAudit(tx, actor, { action: "resource.create", entity: { type: "resource", id: resource.id, label: resource.title }, after: resource });
  return resource;
}

/** Changes the fields `input` names (and only those); 404 when the resource does not exist. */
export async function updateResource(tx: DbTransaction, actor: AuditActor, id: string, input: ResourceEditInput): Promise<ReviewResourceDto> {
  const before = await tx.resource.findUnique({ where: { id }, select: reviewResourceSelect });
  if (!before) throw notFound("No resource with this id.");
  const data: Record<string, unknown> = {};
  if (input.title !== undefined) data.title = input.title;
  if (input.url !== undefined) data.url = input.url;
  if (input.kind !== undefined) data.kind = input.kind;
  if (input.author !== undefined) data.author = input.author;
  if (input.note !== undefined) data.note = input.note;
  if (input.effortMinutes !== undefined) data.effortMinutes = input.effortMinutes;
  if (input.status !== undefined) data.status = input.status;
  const changed = Object.entries(data).some(([key, value]) => before[key as keyof typeof before] !== value);
  if (!changed) return before;
  const after = await tx.resource.update({ where: { id }, data: { ...data, curatedAt: new Date() }, select: reviewResourceSelect });
  const action = input.status && input.status !== before.status ? (input.status === "ARCHIVED" ? "resource.archive" : "resource.restore") : "resource.update";
  await recordAudit(tx, actor, { action, entity: { type: "resource", id, label: after.title }, before, after });
  return after;
}
