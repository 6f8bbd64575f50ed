import { parseQuery, withAuth } from "@/lib/api";
import { allAuditEvents } from "@/lib/audit/data";
import { auditCsv } from "@/lib/audit/export";
import { auditQuerySchema } from "@/lib/audit/schema";

// GET /api/admin/audit.csv?actor=&entityType=&action=&from=&to= – the matching events as a CSV download
export const GET = withAuth(async ({ req }) => {
  const { cursor: _cursor, limit: _limit, ...filters } = parseQuery(req, auditQuerySchema);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(auditCsv(await allAuditEvents(filters)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="waypoint-audit-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}, "audit:read");
