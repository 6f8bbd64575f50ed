import { parseQuery, withAuth } from "@/lib/api";
import { getProgressExport, toCsv } from "@/lib/progress/export";
import { exportQuerySchema } from "@/lib/progress/schema";

// GET /api/me/progress/export?format=csv|json – download everything the caller recorded
export const GET = withAuth(async ({ req, user }) => {
  const { format } = parseQuery(req, exportQuerySchema);
  const topics = await getProgressExport(user.id);
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = {
    "Content-Disposition": `attachment; filename="waypoint-progress-${stamp}.${format}"`,
    "Cache-Control": "no-store",
  };
  if (format === "csv") {
    return new Response(toCsv(topics), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const body = { exportedAt: new Date().toISOString(), user: { email: user.email, name: user.name }, topics };
  return Response.json(body, { headers });
});
