import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditRange, type AuditEventDto, type AuditQuery } from "@/lib/audit/schema";

// Reads of the append-only audit log: newest first, keyset-paginated on the
// event id (ids grow with every insert, so a page never repeats or skips an
// event written while someone pages through).

type Filters = Omit<AuditQuery, "cursor" | "limit">;

function whereOf(filters: Filters, before?: bigint): Prisma.AuditEventWhereInput {
  const { actor, entityType, action } = filters;
  return {
    ...(actor ? (actor.includes("@") ? { actorEmail: { equals: actor, mode: "insensitive" } } : { actorId: actor }) : {}),
    ...(entityType ? { entityType } : {}),
    ...(action ? { action } : {}),
    ...(filters.from || filters.to ? { at: auditRange(filters) } : {}),
    ...(before !== undefined ? { id: { lt: before } } : {}),
  };
}

const select = {
  id: true, at: true, actorId: true, actorName: true, actorEmail: true, action: true, entityType: true, entityId: true, entityLabel: true,
  before: true, after: true,
} as const;
type Row = Prisma.AuditEventGetPayload<{ select: typeof select }>;

const toDto = (row: Row): AuditEventDto => ({
  id: row.id.toString(),
  at: row.at.toISOString(),
  actor: { id: row.actorId, name: row.actorName, email: row.actorEmail },
  action: row.action,
  entity: { type: row.entityType, id: row.entityId, label: row.entityLabel },
  before: row.before ?? null,
  after: row.after ?? null,
});

/** One page of events matching the filters, newest first, and the cursor of the next page (null on the last). */
export async function listAuditEvents(query: AuditQuery): Promise<{ items: AuditEventDto[]; nextCursor: string | null }> {
  const rows = await db.auditEvent.findMany({
    where: whereOf(query, query.cursor ? BigInt(query.cursor) : undefined),
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select,
  });
  const items = rows.slice(0, query.limit).map(toDto);
  return { items, nextCursor: rows.length > query.limit ? items.at(-1)!.id : null };
}

/** The most events one CSV download holds (newest first); the filters narrow a larger log. */
export const AUDIT_CSV_MAX = 100_000;
const BATCH = 1_000;

/** Every event matching the filters (newest first, at most AUDIT_CSV_MAX), read in batches. */
export async function allAuditEvents(filters: Filters): Promise<AuditEventDto[]> {
  const events: AuditEventDto[] = [];
  let before: bigint | undefined;
  while (events.length < AUDIT_CSV_MAX) {
    const rows = await db.auditEvent.findMany({ where: whereOf(filters, before), orderBy: { id: "desc" }, take: BATCH, select });
    events.push(...rows.map(toDto));
    if (rows.length < BATCH) break;
    before = rows.at(-1)!.id;
  }
  return events.slice(0, AUDIT_CSV_MAX);
}

/** The distinct actions in the log, for the page's filter. */
export async function listAuditActions(): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
