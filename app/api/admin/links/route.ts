import { json, parseQuery, withAuth } from "@/lib/api";
import { listFlaggedLinks } from "@/lib/links/report";
import { listLinksQuerySchema } from "@/lib/links/schema";

// GET /api/admin/links?flag= – flagged URLs of live content with where they appear, last check and history
export const GET = withAuth(async ({ req }) => {
  const { flag } = parseQuery(req, listLinksQuerySchema);
  return json({ items: await listFlaggedLinks(flag) });
}, "links:manage");
