import "server-only";
import type { DbTransaction } from "@/lib/db";
import type { AuditActor, AuditChange } from "@/lib/audit/schema";

/**
 * Appends one audit event. Call it inside the transaction that makes the
 * change, so the record and the change commit (or fail) together. Nothing
 * updates or deletes audit rows: there is no function for it, and no route.
 */
export async function recordAudit(tx: DbTransaction, actor: AuditActor, change: AuditChange): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      actorName: actor.name,
      actorEmail: actor.email,
      action: change.action,
      entityType: change.entity.type,
      entityId: change.entity.id,
      entityLabel: change.entity.label.slice(0, 300),
      before: toJson(change.before),
      after: toJson(change.after),
    },
  });
}

// Prisma wants JSON values, not undefined or Dates: round-trip through JSON (Dates become ISO strings).
function toJson(value: unknown) {
  return value === undefined || value === null ? undefined : JSON.parse(JSON.stringify(value));
}
