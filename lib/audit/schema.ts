import { z } from "zod";

/** What kind of row an audit event is about. */
export const AUDIT_ENTITY_TYPES = ["track", "topic", "keyPoint", "resource", "submission", "user", "linkCheck"] as const;
export const auditEntityTypeSchema = z.enum(AUDIT_ENTITY_TYPES);
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;

/** Who did it: a copy of the actor, so the record outlives the account. */
export type AuditActor = { id: string; name: string; email: string };

/** One change: `action` is "<entity>.<verb>" ("resource.update", "review.approve", "user.role"). */
export type AuditChange = {
  action: string;
  entity: { type: AuditEntityType; id: string; label: string };
  before?: unknown;
  after?: unknown;
};

/** The actor of a signed-in user's change. */
export const auditActor = (user: { id: string; name: string; email: string }): AuditActor => ({ id: user.id, name: user.name, email: user.email });

/** An empty query parameter (a form's blank filter) means "not given". */
const blank = (value: unknown) => (value === "" ? undefined : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A day that exists ("2025-02-30" and "0000-00-00" do not: they would reach the database as an invalid date). */
const isCalendarDay = (value: string) => {
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
/** A calendar day (YYYY-MM-DD, UTC) or an ISO instant. */
const instant = z.union([
  z.string().regex(DATE).refine(isCalendarDay, "No such date"),
  z.iso.datetime({ offset: true }).refine((value) => !Number.isNaN(Date.parse(value)), "No such instant"),
]);

/** GET /api/admin/audit and /api/admin/audit.csv */
export const auditQuerySchema = z.strictObject({
  /** An actor's id, or their email (what the audit copied at the time). */
  actor: z.preprocess(blank, z.string().trim().max(254).optional()),
  entityType: z.preprocess(blank, auditEntityTypeSchema.optional()),
  action: z.preprocess(blank, z.string().trim().max(100).optional()),
  /** From this day (00:00 UTC) or instant, inclusive. */
  from: z.preprocess(blank, instant.optional()),
  /** Up to this day (its end, UTC) or instant, inclusive. */
  to: z.preprocess(blank, instant.optional()),
  cursor: z.preprocess(blank, z.string().regex(/^\d{1,19}$/, "Not a cursor from this list").optional()),
  limit: z.preprocess(blank, z.coerce.number().int().min(1).max(200).default(50)),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The lower and upper bound (inclusive, exclusive) a query's `from` and `to` stand for. */
export function auditRange({ from, to }: Pick<AuditQuery, "from" | "to">): { gte?: Date; lt?: Date; lte?: Date } {
  const range: { gte?: Date; lt?: Date; lte?: Date } = {};
  if (from) range.gte = new Date(DATE.test(from) ? `${from}T00:00:00.000Z` : from);
  if (to) {
    if (DATE.test(to)) range.lt = new Date(Date.parse(`${to}T00:00:00.000Z`) + 86_400_000);
    else range.lte = new Date(to);
  }
  return range;
}

/** One event as GET /api/admin/audit lists it. */
export const auditEventDtoSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string().nullable(), name: z.string(), email: z.string() }),
  action: z.string(),
  entity: z.object({ type: z.string(), id: z.string(), label: z.string() }),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEventDto = z.infer<typeof auditEventDtoSchema>;
/** GET /api/admin/audit */
export const auditPageSchema = z.object({ items: z.array(auditEventDtoSchema), nextCursor: z.string().nullable() });
