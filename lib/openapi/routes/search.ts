// Search: full-text search over the catalog.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { searchQuerySchema, searchResultsSchema } from "@/lib/search/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const searchRoutes: ApiRoute[] = [
  {
    method: "GET", path: "/api/search", tag: "Search", access: "public",
    summary: "Topics, key points and resources matching q (2–200 characters), best first; the caller's status per topic when signed in",
    query: searchQuerySchema, ok: { 200: searchResultsSchema },
  },
];
