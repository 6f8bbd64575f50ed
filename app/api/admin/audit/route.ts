import { json, parseQuery, withAuth } from "@/lib/api";
import { listAuditEvents } from "@/lib/audit/data";
import { auditQuerySchema } from "@/lib/audit/schema";

// GET /api/admin/audit?actor=&entityType=&action=&from=&to=&cursor= – the audit log, newest first, a page at a time
export const GET = withAuth(async ({ req }) => json(await listAuditEvents(parseQuery(req, auditQuerySchema))), "audit:read");
