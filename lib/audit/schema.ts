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
