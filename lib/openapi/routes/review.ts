// Suggestions and reports, and the admins' review queue.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { z } from "zod";
import { slugParams } from "@/lib/catalog/schema";
import { resourceParams } from "@/lib/progress/schema";
import {
  approveSchema,
  createdSubmissionDtoSchema,
  createReportSchema,
  createSuggestionSchema,
  mySubmissionDtoSchema,
  rejectSchema,
  reviewItemDtoSchema,
  reviewPageSchema,
  reviewQuerySchema,
  submissionParams,
} from "@/lib/review/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const reviewRoutes: ApiRoute[] = [
  {
    method: "POST", path: "/api/topics/{slug}/suggestions", tag: "Review", access: "review:submit",
    summary: "Suggest a resource for a topic (at most 20 submissions a day)",
    params: slugParams, body: createSuggestionSchema, ok: { 201: createdSubmissionDtoSchema }, errors: [429],
  },
  {
    method: "POST", path: "/api/resources/{id}/reports", tag: "Review", access: "review:submit",
    summary: "Report a resource (at most 20 submissions a day)",
    params: resourceParams, body: createReportSchema, ok: { 201: createdSubmissionDtoSchema }, errors: [429],
  },
  {
    method: "GET", path: "/api/me/submissions", tag: "Review", access: "review:submit",
    summary: "The caller's suggestions and reports with their outcome", ok: { 200: z.array(mySubmissionDtoSchema) },
  },
  {
    method: "GET", path: "/api/admin/review", tag: "Review", access: "review:decide",
    summary: "The review queue, oldest first", query: reviewQuerySchema, ok: { 200: reviewPageSchema },
  },
  {
    method: "POST", path: "/api/admin/review/{id}/approve", tag: "Review", access: "review:decide",
    summary: "Approve a submission (optional resource edits); twice → 409",
    params: submissionParams, body: approveSchema, bodyOptional: true, ok: { 200: reviewItemDtoSchema }, errors: [409],
  },
  {
    method: "POST", path: "/api/admin/review/{id}/reject", tag: "Review", access: "review:decide",
    summary: "Reject a submission with a reason; twice → 409",
    params: submissionParams, body: rejectSchema, ok: { 200: reviewItemDtoSchema }, errors: [409],
  },
];
