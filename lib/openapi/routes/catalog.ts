// Catalog (public): tracks and topics.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { z } from "zod";
import { slugParams, topicDetailSchema, trackDetailSchema, trackSummarySchema } from "@/lib/catalog/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const catalogRoutes: ApiRoute[] = [
  { method: "GET", path: "/api/tracks", tag: "Catalog", access: "public", summary: "Every track in roadmap order", ok: { 200: z.array(trackSummarySchema) } },
  {
    method: "GET", path: "/api/tracks/{slug}", tag: "Catalog", access: "public",
    summary: "One track with its topics in order", params: slugParams, ok: { 200: trackDetailSchema },
  },
  {
    method: "GET", path: "/api/topics/{slug}", tag: "Catalog", access: "public",
    summary: "A topic's intro, key points and resources", params: slugParams, ok: { 200: topicDetailSchema },
  },
];
