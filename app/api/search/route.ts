import { json, parseQuery, withErrors } from "@/lib/api";
import { getSessionUser } from "@/lib/session";
import { searchCatalog } from "@/lib/search/data";
import { searchQuerySchema } from "@/lib/search/schema";

// GET /api/search?q=&limit= – topics, key points and resources matching q, best first (public; statuses when signed in)
export const GET = withErrors(async ({ req }) => {
  const { q, limit } = parseQuery(req, searchQuerySchema);
  const user = await getSessionUser(req.headers);
  const items = await searchCatalog({ query: q, limit, userId: user?.id ?? null });
  return json({ items });
});
