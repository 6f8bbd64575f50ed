import { toCsvText } from "@/lib/csv";
import type { AuditEventDto } from "@/lib/audit/schema";

const COLUMNS = ["id", "at", "actorId", "actorName", "actorEmail", "action", "entityType", "entityId", "entityLabel", "before", "after"];

/** The events as CSV, one row each; before/after as JSON text. Formula-like cells are escaped. */
export function auditCsv(events: AuditEventDto[]): string {
  const rows = events.map((e) => ({
    id: e.id,
    at: e.at,
    actorId: e.actor.id ?? "",
    actorName: e.actor.name,
    actorEmail: e.actor.email,
    action: e.action,
    entityType: e.entity.type,
    entityId: e.entity.id,
    entityLabel: e.entity.label,
    before: e.before === null ? "" : JSON.stringify(e.before),
    after: e.after === null ? "" : JSON.stringify(e.after),
  }));
  return toCsvText(rows, COLUMNS);
}
