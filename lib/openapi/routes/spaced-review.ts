// Spaced review: the caller's review schedule of finished topics.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { z } from "zod";
import { slugParams } from "@/lib/catalog/schema";
import { reviewBodySchema, reviewCardDtoSchema, reviewResultDtoSchema, reviewsQuerySchema } from "@/lib/spaced-review/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const spacedReviewRoutes: ApiRoute[] = [
  {
    method: "GET", path: "/api/me/reviews", tag: "Spaced review", access: "signed-in",
    summary: "The caller's review schedule of finished topics, soonest first (due=true: due today or earlier)",
    query: reviewsQuerySchema, ok: { 200: z.array(reviewCardDtoSchema) },
  },
  {
    method: "POST", path: "/api/me/reviews/{slug}", tag: "Spaced review", access: "progress:write",
    summary: "Answer a finished topic's review and schedule the next (once per topic and day)",
    description: "A repeat the same day, or answers sent at once, schedule once and answer the same. 404 for an unknown or unfinished topic.",
    params: slugParams, body: reviewBodySchema, ok: { 200: reviewResultDtoSchema },
  },
];
