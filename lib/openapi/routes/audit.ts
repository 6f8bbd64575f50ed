// Admin: the audit log.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { auditPageSchema, auditQuerySchema } from "@/lib/audit/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const auditRoutes: ApiRoute[] = [
  {
    method: "GET", path: "/api/admin/audit", tag: "Admin", access: "audit:read",
    summary: "The audit log, newest first, a page at a time", query: auditQuerySchema, ok: { 200: auditPageSchema },
  },
  {
    method: "GET", path: "/api/admin/audit.csv", tag: "Admin", access: "audit:read",
    summary: "The matching audit events as a CSV download", query: auditQuerySchema, ok: { 200: "csv" },
  },
];
