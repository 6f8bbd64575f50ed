// Admin: link health.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { linkCheckRunDtoSchema, linkCheckRunParams, linkListSchema, listLinksQuerySchema } from "@/lib/links/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const linkRoutes: ApiRoute[] = [
  {
    method: "GET", path: "/api/admin/links", tag: "Admin", access: "links:manage",
    summary: "Flagged URLs of live content", query: listLinksQuerySchema, ok: { 200: linkListSchema },
  },
  {
    method: "POST", path: "/api/admin/link-checks", tag: "Admin", access: "links:manage",
    summary: "Start a link-health run (a queued or running one answers instead)", ok: { 202: linkCheckRunDtoSchema },
  },
  {
    method: "GET", path: "/api/admin/link-checks/{id}", tag: "Admin", access: "links:manage",
    summary: "A run's status and progress", params: linkCheckRunParams, ok: { 200: linkCheckRunDtoSchema },
  },
];
