import "server-only";
import { db, type DbTransaction } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/schema";
import { activeTopic } from "@/lib/catalog/data";
import { contentChanged } from "@/lib/catalog/content-changed";
import { createResource, updateResource } from "@/lib/curation/resources";
import { reviewResourceSelect, submissionSelect, toReviewItem } from "@/lib/review/data";
import {
  SUBMISSIONS_PER_DAY,
  type ApproveInput,
  type CreatedSubmissionDto,
  type CreateReportInput,
  type CreateSuggestionInput,
  type ReviewItemDto,
  type ReviewResourceDto,
} from "@/lib/review/schema";
import { inferResourceKind } from "@/seed/resource-kind";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Holds the learner's submission budget for this transaction: one advisory
 * lock per learner serializes their submissions, so 21 concurrent POSTs still
 * make exactly 20 rows. Over the limit → 429 with Retry-After (when the
 * oldest submission of the last 24 hours leaves the window).
 */
async function takeSubmissionSlot(tx: DbTransaction, userId: string, now: Date) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('waypoint:submissions'), hashtext(${userId}))`;
  const recent = await tx.submission.findMany({
    where: { userId, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
    orderBy: { createdAt: "asc" },
    take: SUBMISSIONS_PER_DAY,
    select: { createdAt: true },
  });
  if (recent.length < SUBMISSIONS_PER_DAY) return;
  const seconds = Math.max(1, Math.ceil((recent[0]!.createdAt.getTime() + DAY_MS - now.getTime()) / 1000));
  throw new ApiError(
    "rate_limited",
    `You can send at most ${SUBMISSIONS_PER_DAY} suggestions and reports a day. Try again in ${Math.ceil(seconds / 3600)} hours.`,
    { "Retry-After": String(seconds) },
  );
}

const created = (row: { id: string; type: "SUGGESTION" | "REPORT"; createdAt: Date }): CreatedSubmissionDto => ({
  id: row.id,
  status: "OPEN",
  type: row.type,
  createdAt: row.createdAt.toISOString(),
});

/** A learner suggests a resource for a live topic (404 otherwise). */
export async function submitSuggestion(userId: string, slug: string, input: CreateSuggestionInput): Promise<CreatedSubmissionDto> {
  const topic = await db.topic.findFirst({ where: { slug, ...activeTopic }, select: { id: true } });
  if (!topic) throw notFound("No topic with this slug.");
  return db.$transaction(async (tx) => {
    const now = new Date();
    await takeSubmissionSlot(tx, userId, now);
    const row = await tx.submission.create({
      data: { type: "SUGGESTION", userId, topicId: topic.id, title: input.title, url: input.url, kind: input.kind ?? null, note: input.note || null, createdAt: now },
      select: { id: true, type: true, createdAt: true },
    });
    return created(row);
  });
}

/** A learner reports a live resource (404 otherwise). */
export async function submitReport(userId: string, resourceId: string, input: CreateReportInput): Promise<CreatedSubmissionDto> {
  const resource = await db.resource.findFirst({ where: { id: resourceId, status: "ACTIVE", topic: activeTopic }, select: { id: true, topicId: true } });
  if (!resource) throw notFound("No resource with this id.");
  return db.$transaction(async (tx) => {
    const now = new Date();
    await takeSubmissionSlot(tx, userId, now);
    const row = await tx.submission.create({
      data: { type: "REPORT", userId, topicId: resource.topicId, resourceId: resource.id, reason: input.reason, note: input.detail || null, createdAt: now },
      select: { id: true, type: true, createdAt: true },
    });
    return created(row);
  });
}

/**
 * Moves an OPEN submission to `status`, or explains why not: the UPDATE only
 * matches an OPEN row, so of two admins deciding at once the second waits for
 * the first's row lock, then matches nothing and gets 409. Reads scalars only
 * inside the transaction (Prisma loads relations with concurrent statements,
 * which one transaction's connection would have to queue).
 */
async function decide(tx: DbTransaction, id: string, actor: AuditActor, status: "APPROVED" | "REJECTED", reason: string | null) {
  const now = new Date();
  const { count } = await tx.submission.updateMany({
    where: { id, status: "OPEN" },
    data: { status, decidedById: actor.id, decidedAt: now, decisionReason: reason },
  });
  if (count === 0) {
    const existing = await tx.submission.findUnique({ where: { id }, select: { status: true } });
    if (!existing) throw notFound("No submission with this id.");
    throw new ApiError("conflict", `This submission was already ${existing.status === "APPROVED" ? "approved" : "rejected"}.`);
  }
  return tx.submission.findUniqueOrThrow({
    where: { id },
    select: { id: true, type: true, title: true, url: true, kind: true, topicId: true, resourceId: true },
  });
}

/** "Suggestion “…”" / "Report on “…”": how the audit log names a submission. */
async function auditLabel(tx: DbTransaction, row: { type: string; title: string | null; resourceId: string | null }) {
  if (row.type === "SUGGESTION") return `Suggestion “${row.title}”`;
  const resource = row.resourceId ? await tx.resource.findUnique({ where: { id: row.resourceId }, select: { title: true } }) : null;
  return `Report on “${resource?.title ?? "a resource"}”`;
}

/** The decided item as the queue shows it (read after the transaction committed). */
async function decidedItem(id: string, actor: AuditActor): Promise<ReviewItemDto> {
  const row = await db.submission.findUniqueOrThrow({ where: { id }, select: submissionSelect });
  return toReviewItem(row, new Map([[actor.id, actor.name]]));
}

/**
 * Approves a submission, in one transaction with everything it causes. A
 * suggestion becomes a resource of its topic (the admin's edits in
 * `input.resource` win over what the learner sent); a report is resolved, and
 * `input.resource` fixes or archives the reported resource at the same time.
 * Each change is audited. Answers the decided item and the resource.
 */
export async function approveSubmission(actor: AuditActor, id: string, input: ApproveInput): Promise<ReviewItemDto & { resource: ReviewResourceDto | null }> {
  const resource = await db.$transaction(async (tx) => {
    const row = await decide(tx, id, actor, "APPROVED", null);
    const edit = input.resource ?? {};
    let resource: ReviewResourceDto | null = null;
    if (row.type === "SUGGESTION") {
      if (edit.status === "ARCHIVED") throw new ApiError("validation_failed", "resource.status: a suggested resource is created active");
      const title = edit.title ?? row.title!;
      const url = edit.url ?? row.url!;
      resource = await createResource(tx, actor, {
        topicId: row.topicId,
        title,
        url,
        kind: edit.kind ?? row.kind ?? inferResourceKind(url, title),
        author: edit.author,
        note: edit.note,
        effortMinutes: edit.effortMinutes,
      });
      await tx.submission.update({ where: { id }, data: { resourceId: resource.id } });
    } else if (row.resourceId) {
      resource = Object.keys(edit).length > 0
        ? await updateResource(tx, actor, row.resourceId, edit)
        : await tx.resource.findUniqueOrThrow({ where: { id: row.resourceId }, select: reviewResourceSelect });
    }
    await recordAudit(tx, actor, {
      action: "review.approve",
      entity: { type: "submission", id, label: await auditLabel(tx, row) },
      before: { status: "OPEN" },
      after: { status: "APPROVED", resourceId: resource?.id ?? null },
    });
    return resource;
  });
  if (resource) await contentChanged();
  return { ...(await decidedItem(id, actor)), resource };
}

/** Rejects a submission with the reason the learner will read. */
export async function rejectSubmission(actor: AuditActor, id: string, reason: string): Promise<ReviewItemDto> {
  await db.$transaction(async (tx) => {
    const row = await decide(tx, id, actor, "REJECTED", reason);
    await recordAudit(tx, actor, {
      action: "review.reject",
      entity: { type: "submission", id, label: await auditLabel(tx, row) },
      before: { status: "OPEN" },
      after: { status: "REJECTED", reason },
    });
  });
  return decidedItem(id, actor);
}
