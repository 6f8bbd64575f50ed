// My progress and notes: statuses, ticks, notes, the dashboard, the export.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { slugParams } from "@/lib/catalog/schema";
import { dashboardPageSchema } from "@/lib/dashboard/schema";
import {
  dashboardSchema,
  exportQuerySchema,
  noteDtoSchema,
  progressExportSchema,
  resourceParams,
  resourceProgressDtoSchema,
  saveNoteSchema,
  setResourceDoneSchema,
  setTopicStatusSchema,
  topicProgressAnswerSchema,
  topicProgressDtoSchema,
  trackStatusesSchema,
} from "@/lib/progress/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const progressRoutes: ApiRoute[] = [
  { method: "GET", path: "/api/me/progress", tag: "Progress", access: "signed-in", summary: "The caller's dashboard", ok: { 200: dashboardSchema } },
  {
    method: "GET", path: "/api/me/dashboard", tag: "Progress", access: "signed-in",
    summary: "Everything the dashboard page shows: progress, effort left per track, assignments and reviews due",
    ok: { 200: dashboardPageSchema },
  },
  {
    method: "GET", path: "/api/me/progress/export", tag: "Progress", access: "signed-in",
    summary: "Download everything the caller recorded (format=json or csv)",
    query: exportQuerySchema, ok: { 200: progressExportSchema }, alsoCsv: true,
  },
  {
    method: "GET", path: "/api/progress/topics/{slug}", tag: "Progress", access: "signed-in",
    summary: "The caller's status and ticked resources on a topic, and how many resources it gained since they finished it",
    params: slugParams, ok: { 200: topicProgressAnswerSchema },
  },
  {
    method: "PUT", path: "/api/progress/topics/{slug}", tag: "Progress", access: "progress:write",
    summary: "Set the caller's status on a topic (idempotent)", params: slugParams, body: setTopicStatusSchema, ok: { 200: topicProgressDtoSchema },
  },
  {
    method: "PUT", path: "/api/progress/resources/{id}", tag: "Progress", access: "progress:write",
    summary: "Tick or untick a resource", params: resourceParams, body: setResourceDoneSchema, ok: { 200: resourceProgressDtoSchema },
  },
  {
    method: "GET", path: "/api/progress/tracks/{slug}", tag: "Progress", access: "signed-in",
    summary: "The caller's status on each topic of a track (topics never touched are absent)", params: slugParams, ok: { 200: trackStatusesSchema },
  },
  {
    method: "DELETE", path: "/api/progress/tracks/{slug}", tag: "Progress", access: "progress:write",
    summary: "Reset the caller's statuses and ticks on one track (notes stay)", params: slugParams, ok: { 204: null },
  },
  {
    method: "GET", path: "/api/notes/{slug}", tag: "Progress", access: "signed-in",
    summary: "The caller's private note on a topic", params: slugParams, ok: { 200: noteDtoSchema },
  },
  {
    method: "PUT", path: "/api/notes/{slug}", tag: "Progress", access: "progress:write",
    summary: "Save the caller's note (Markdown)", params: slugParams, body: saveNoteSchema, ok: { 200: noteDtoSchema },
  },
];
