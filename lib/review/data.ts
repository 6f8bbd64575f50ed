import "server-only";
import { db, type Prisma } from "@/lib/db";
import { ApiError } from "@/lib/errors";
import type { MySubmissionDto, ReviewItemDto, ReviewQuery } from "@/lib/review/schema";

/** The resource fields the review screens show and edit. */
export const reviewResourceSelect = {
  id: true,
  title: true,
  url: true,
  kind: true,
  author: true,
  note: true,
  effortMinutes: true,
  status: true,
} as const satisfies Prisma.ResourceSelect;

export const submissionSelect = {
  id: true,
  type: true,
  status: true,
  title: true,
  url: true,
  kind: true,
  note: true,
  reason: true,
  decisionReason: true,
  createdAt: true,
  decidedAt: true,
  topic: { select: { slug: true, title: true } },
  resource: { select: reviewResourceSelect },
  user: { select: { id: true, name: true, email: true } },
  decidedById: true,
  topicId: true,
} as const satisfies Prisma.SubmissionSelect;

type SubmissionRow = Prisma.SubmissionGetPayload<{ select: typeof submissionSelect }>;

function toMine(row: SubmissionRow): MySubmissionDto {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    decisionReason: row.decisionReason,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    topic: row.topic,
    // A report names the resource it is about.
    title: row.type === "REPORT" ? (row.resource?.title ?? null) : row.title,
    url: row.type === "REPORT" ? (row.resource?.url ?? null) : row.url,
    reason: row.reason,
    note: row.note,
  };
}

/** A submission row as the review queue shows it; `deciders` names who decided (looked up by id). */
export function toReviewItem(row: SubmissionRow, deciders: Map<string, string> = new Map()): ReviewItemDto {
  return {
    ...toMine(row),
    kind: row.kind,
    submitter: row.user,
    resource: row.resource,
    decidedBy: row.decidedById ? { id: row.decidedById, name: deciders.get(row.decidedById) ?? "a former admin" } : null,
  };
}

/** The learner's own submissions, newest first (the latest 200). */
export async function listMySubmissions(userId: string): Promise<MySubmissionDto[]> {
  const rows = await db.submission.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: submissionSelect,
  });
  return rows.map(toMine);
}

// The cursor is the last item's (createdAt, id): stable under inserts, since the queue reads oldest first.
const encodeCursor = (row: { createdAt: Date; id: string }) => Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(at ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) throw new ApiError("validation_failed", "cursor: not a cursor this API gave out");
  return { createdAt, id };
}

/** The review queue: submissions with `status` (and `type`), oldest first, a page at a time. */
export async function listReviewQueue({ status, type, cursor, limit }: ReviewQuery): Promise<{ items: ReviewItemDto[]; nextCursor: string | null }> {
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await db.submission.findMany({
    where: {
      status,
      ...(type ? { type } : {}),
      ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: submissionSelect,
  });
  const page = rows.slice(0, limit);
  const deciderIds = [...new Set(page.flatMap((row) => (row.decidedById ? [row.decidedById] : [])))];
  const deciders = new Map(
    (await db.user.findMany({ where: { id: { in: deciderIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return { items: page.map((row) => toReviewItem(row, deciders)), nextCursor: rows.length > limit ? encodeCursor(page.at(-1)!) : null };
}

/** How many submissions wait for a decision (the admin navigation's count). */
export async function countOpenSubmissions(): Promise<number> {
  return db.submission.count({ where: { status: "OPEN" } });
}
