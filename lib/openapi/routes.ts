// Every route of the JSON API, one entry each: the single list that the
// OpenAPI document (GET /api/openapi.json), the reference page (/docs/api),
// the contract test, the route × role matrix and the fuzzer are built from.
// A route file without an entry here fails tests/integration/openapi-contract.test.ts.
//
// Adding a route: one block in the list below, with the zod schemas the
// handler parses (params, query, body, all from lib/<domain>/schema.ts) and
// the schema of what it answers. README "API" says more.
import { z } from "zod";
import { deleteAccountSchema, changeEmailSchema, changePasswordSchema, meSchema, signUpSchema, updateProfileSchema, userSchema } from "@/lib/accounts/schema";
import { auditPageSchema, auditQuerySchema } from "@/lib/audit/schema";
import { slugParams, topicDetailSchema, trackDetailSchema, trackSummarySchema } from "@/lib/catalog/schema";
import {
  adminKeyPointDtoSchema,
  adminResourceDtoSchema,
  adminTopicDetailSchema,
  adminTopicDtoSchema,
  adminTrackDetailSchema,
  adminTrackDtoSchema,
  adminTrackSummarySchema,
  createKeyPointSchema,
  createResourceSchema,
  createTopicSchema,
  createTrackSchema,
  idOrderSchema,
  idParams,
  slugOrderSchema,
  updateKeyPointSchema,
  updateResourceSchema,
  updateTopicSchema,
  updateTrackSchema,
} from "@/lib/curation/schema";
import { linkCheckRunDtoSchema, linkCheckRunParams, linkListSchema, listLinksQuerySchema } from "@/lib/links/schema";
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
  trackStatusesSchema,
  topicProgressDtoSchema,
} from "@/lib/progress/schema";
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
import {
  acceptedInviteDtoSchema,
  activityPageDtoSchema,
  activityQuerySchema,
  assignmentDtoSchema,
  assignmentParams,
  changeRoleSchema,
  createAssignmentSchema,
  createdInviteDtoSchema,
  createInviteSchema,
  createTeamSchema,
  inviteDtoSchema,
  inviteParams,
  invitePreviewDtoSchema,
  memberDtoSchema,
  memberParams,
  myAssignmentDtoSchema,
  pathDtoSchema,
  pathInputSchema,
  pathParams,
  pathSummaryDtoSchema,
  progressQuerySchema,
  reminderDtoSchema,
  reminderSchema,
  teamDetailDtoSchema,
  teamParams,
  teamProgressDtoSchema,
  teamSummaryDtoSchema,
  tokenParams,
  updateTeamSchema,
} from "@/lib/teams/schema";
import { searchQuerySchema, searchResultsSchema } from "@/lib/search/schema";
import { dashboardPageSchema } from "@/lib/dashboard/schema";
import { reviewBodySchema, reviewCardDtoSchema, reviewResultDtoSchema, reviewsQuerySchema } from "@/lib/spaced-review/schema";
import { adminUserDtoSchema, adminUserPageSchema, updateRoleSchema, userParams, usersQuerySchema } from "@/lib/users/schema";
import type { ApiRoute } from "@/lib/openapi/define";

const list = <T extends z.ZodType>(item: T) => z.array(item);
const statusSchema = (value: string) => z.object({ status: z.literal(value) });

export const API_ROUTES: ApiRoute[] = [
  // ───────────── service ─────────────
  {
    method: "GET", path: "/api/health", tag: "Service", access: "public", static: true,
    summary: "Liveness: answers without touching the database",
    ok: { 200: statusSchema("ok") },
  },
  {
    method: "GET", path: "/api/ready", tag: "Service", access: "public",
    summary: "Readiness: 200 while the database answers SELECT 1 within 2 s, else 503",
    description: "For load balancers and orchestrators: an instance that answers 503 here is taken out of rotation until its database is back.",
    ok: { 200: statusSchema("ready") },
  },
  {
    method: "GET", path: "/api/openapi.json", tag: "Service", access: "public", static: true,
    summary: "This document (OpenAPI 3.1)",
    ok: { 200: z.object({ openapi: z.string(), info: z.object({ title: z.string() }), paths: z.record(z.string(), z.unknown()) }) },
  },
  {
    method: "GET", path: "/api/auth/{nextauth}", tag: "Accounts", access: "public",
    summary: "Auth.js endpoints: session, csrf, providers, signout",
    description: "Auth.js (next-auth v5) serves these; their answers are Auth.js's own, not this API's envelope.",
    params: z.object({ nextauth: z.string() }),
    ok: { 200: z.unknown() },
  },
  {
    method: "POST", path: "/api/auth/{nextauth}", tag: "Accounts", access: "public",
    summary: "Auth.js posts: callback/credentials (sign in), signout",
    description: "Form-encoded, with the csrf token from GET /api/auth/csrf. Refused from another site (403) before Auth.js runs; too many failed sign-ins → 429.",
    params: z.object({ nextauth: z.string() }),
    ok: { 200: z.unknown() },
    errors: [302, 429],
  },

  // ───────────── accounts ─────────────
  {
    method: "POST", path: "/api/users", tag: "Accounts", access: "public",
    summary: "Sign up: create a learner account",
    body: signUpSchema, ok: { 201: userSchema }, errors: [409, 429],
  },
  { method: "GET", path: "/api/me", tag: "Accounts", access: "signed-in", summary: "The signed-in user", ok: { 200: meSchema } },
  {
    method: "PATCH", path: "/api/me", tag: "Accounts", access: "signed-in",
    summary: "Change the caller's name or time zone", body: updateProfileSchema, ok: { 200: meSchema },
  },
  {
    method: "DELETE", path: "/api/me", tag: "Accounts", access: "signed-in",
    summary: "Delete the caller's account and everything that is theirs (password required)",
    body: deleteAccountSchema, ok: { 204: null }, errors: [409, 429],
  },
  {
    method: "PUT", path: "/api/me/password", tag: "Accounts", access: "signed-in",
    summary: "Change the password (current one required); every other session ends",
    body: changePasswordSchema, ok: { 204: null }, errors: [429],
  },
  {
    method: "PUT", path: "/api/me/email", tag: "Accounts", access: "signed-in",
    summary: "Change the sign-in email (password required)",
    body: changeEmailSchema, ok: { 200: userSchema.pick({ id: true, email: true }) }, errors: [409, 429],
  },
  {
    method: "POST", path: "/api/me/sessions/revoke", tag: "Accounts", access: "signed-in",
    summary: "Sign out everywhere: every session of the caller ends, this one included", ok: { 204: null },
  },

  // ───────────── catalog (public) ─────────────
  { method: "GET", path: "/api/tracks", tag: "Catalog", access: "public", summary: "Every track in roadmap order", ok: { 200: list(trackSummarySchema) } },
  {
    method: "GET", path: "/api/tracks/{slug}", tag: "Catalog", access: "public",
    summary: "One track with its topics in order", params: slugParams, ok: { 200: trackDetailSchema },
  },
  {
    method: "GET", path: "/api/topics/{slug}", tag: "Catalog", access: "public",
    summary: "A topic's intro, key points and resources", params: slugParams, ok: { 200: topicDetailSchema },
  },

  // ───────────── search and spaced review ─────────────
  {
    method: "GET", path: "/api/search", tag: "Search", access: "public",
    summary: "Topics, key points and resources matching q (2–200 characters), best first; the caller's status per topic when signed in",
    query: searchQuerySchema, ok: { 200: searchResultsSchema },
  },
  {
    method: "GET", path: "/api/me/reviews", tag: "Spaced review", access: "signed-in",
    summary: "The caller's review schedule of finished topics, soonest first (due=true: due today or earlier)",
    query: reviewsQuerySchema, ok: { 200: list(reviewCardDtoSchema) },
  },
  {
    method: "POST", path: "/api/me/reviews/{slug}", tag: "Spaced review", access: "progress:write",
    summary: "Answer a finished topic's review and schedule the next (once per topic and day)",
    description: "A repeat the same day, or answers sent at once, schedule once and answer the same. 404 for an unknown or unfinished topic.",
    params: slugParams, body: reviewBodySchema, ok: { 200: reviewResultDtoSchema },
  },

  // ───────────── my progress and notes ─────────────
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

  // ───────────── suggestions and reports ─────────────
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
    summary: "The caller's suggestions and reports with their outcome", ok: { 200: list(mySubmissionDtoSchema) },
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

  // ───────────── teams ─────────────
  { method: "GET", path: "/api/teams", tag: "Teams", access: "teams:use", summary: "The caller's teams", ok: { 200: list(teamSummaryDtoSchema) } },
  {
    method: "POST", path: "/api/teams", tag: "Teams", access: "teams:use",
    summary: "Create a team; the caller becomes its lead", body: createTeamSchema, ok: { 201: teamSummaryDtoSchema },
  },
  {
    method: "GET", path: "/api/teams/{teamId}", tag: "Teams", access: "teams:use",
    summary: "The team and its members (members only)", params: teamParams, ok: { 200: teamDetailDtoSchema },
  },
  {
    method: "PATCH", path: "/api/teams/{teamId}", tag: "Teams", access: "teams:use",
    summary: "Rename, or let members see each other's progress (leads)",
    params: teamParams, body: updateTeamSchema, ok: { 200: teamDetailDtoSchema },
  },
  {
    method: "DELETE", path: "/api/teams/{teamId}", tag: "Teams", access: "teams:use",
    summary: "Delete the team (leads)", params: teamParams, ok: { 204: null },
  },
  {
    method: "GET", path: "/api/teams/{teamId}/invites", tag: "Teams", access: "teams:use",
    summary: "Pending invites (leads; members → 403)", params: teamParams, ok: { 200: list(inviteDtoSchema) }, errors: [403],
  },
  {
    method: "POST", path: "/api/teams/{teamId}/invites", tag: "Teams", access: "teams:use",
    summary: "An email-bound or open invite link (leads)",
    params: teamParams, body: createInviteSchema, ok: { 201: createdInviteDtoSchema }, errors: [409],
  },
  {
    method: "DELETE", path: "/api/teams/{teamId}/invites/{inviteId}", tag: "Teams", access: "teams:use",
    summary: "Revoke an invite (leads)", params: inviteParams, ok: { 204: null },
  },
  {
    method: "PATCH", path: "/api/teams/{teamId}/members/{userId}", tag: "Teams", access: "teams:use",
    summary: "Make a member a lead or a lead a member (leads; the last lead → 409)",
    params: memberParams, body: changeRoleSchema, ok: { 200: memberDtoSchema }, errors: [409],
  },
  {
    method: "DELETE", path: "/api/teams/{teamId}/members/{userId}", tag: "Teams", access: "teams:use",
    summary: "Remove a member (leads), or leave (yourself); the last lead → 409",
    params: memberParams, ok: { 204: null }, errors: [409],
  },
  {
    method: "GET", path: "/api/teams/{teamId}/paths", tag: "Teams", access: "teams:use",
    summary: "The team's active paths", params: teamParams, ok: { 200: list(pathSummaryDtoSchema) },
  },
  {
    method: "POST", path: "/api/teams/{teamId}/paths", tag: "Teams", access: "teams:use",
    summary: "Create a learning path (leads)", params: teamParams, body: pathInputSchema, ok: { 201: pathDtoSchema },
  },
  {
    method: "GET", path: "/api/teams/{teamId}/paths/{pathId}", tag: "Teams", access: "teams:use",
    summary: "One active path with its items in order", params: pathParams, ok: { 200: pathDtoSchema },
  },
  {
    method: "PUT", path: "/api/teams/{teamId}/paths/{pathId}", tag: "Teams", access: "teams:use",
    summary: "Replace a path whole (leads)", params: pathParams, body: pathInputSchema, ok: { 200: pathDtoSchema },
  },
  {
    method: "DELETE", path: "/api/teams/{teamId}/paths/{pathId}", tag: "Teams", access: "teams:use",
    summary: "Archive a path (leads)", params: pathParams, ok: { 204: null },
  },
  {
    method: "GET", path: "/api/teams/{teamId}/assignments", tag: "Teams", access: "teams:use",
    summary: "Assignments of active paths", params: teamParams, ok: { 200: list(assignmentDtoSchema) },
  },
  {
    method: "POST", path: "/api/teams/{teamId}/assignments", tag: "Teams", access: "teams:use",
    summary: "Assign a path to a member or the whole team (leads)",
    params: teamParams, body: createAssignmentSchema, ok: { 201: assignmentDtoSchema }, errors: [409],
  },
  {
    method: "DELETE", path: "/api/teams/{teamId}/assignments/{assignmentId}", tag: "Teams", access: "teams:use",
    summary: "Remove an assignment (leads)", params: assignmentParams, ok: { 204: null },
  },
  {
    method: "POST", path: "/api/teams/{teamId}/assignments/{assignmentId}/reminders", tag: "Teams", access: "teams:use",
    summary: "Remind a member at risk or overdue (leads; once a day → 429)",
    params: assignmentParams, body: reminderSchema, ok: { 202: reminderDtoSchema }, errors: [409, 429],
  },
  {
    method: "GET", path: "/api/teams/{teamId}/progress", tag: "Teams", access: "teams:use",
    summary: "Members × path items: statuses, percent, state", params: teamParams, query: progressQuerySchema, ok: { 200: teamProgressDtoSchema },
  },
  {
    method: "GET", path: "/api/teams/{teamId}/progress.csv", tag: "Teams", access: "teams:use",
    summary: "The progress matrix as a CSV download (leads; members → 403)", params: teamParams, query: progressQuerySchema, ok: { 200: "csv" }, errors: [403],
  },
  {
    method: "GET", path: "/api/teams/{teamId}/activity", tag: "Teams", access: "teams:use",
    summary: "Who started or finished what, newest first", params: teamParams, query: activityQuerySchema, ok: { 200: activityPageDtoSchema },
  },
  {
    method: "GET", path: "/api/invites/{token}", tag: "Teams", access: "public",
    summary: "What an invite link offers (the token is the key)", params: tokenParams, ok: { 200: invitePreviewDtoSchema }, errors: [410],
  },
  {
    method: "POST", path: "/api/invites/{token}/accept", tag: "Teams", access: "teams:use",
    summary: "Join the team (idempotent; wrong address → 403, dead invite → 410)",
    params: tokenParams, ok: { 200: acceptedInviteDtoSchema }, errors: [403, 410],
  },
  {
    method: "GET", path: "/api/me/assignments", tag: "Teams", access: "teams:use",
    summary: "Paths assigned to the caller, with progress and pace", ok: { 200: list(myAssignmentDtoSchema) },
  },

  // ───────────── admin: content ─────────────
  {
    method: "GET", path: "/api/admin/tracks", tag: "Admin", access: "catalog:curate",
    summary: "Every track, archived ones included", ok: { 200: list(adminTrackSummarySchema) },
  },
  {
    method: "POST", path: "/api/admin/tracks", tag: "Admin", access: "catalog:curate",
    summary: "A new track at the end of the roadmap", body: createTrackSchema, ok: { 201: adminTrackDtoSchema }, errors: [409],
  },
  {
    method: "PUT", path: "/api/admin/tracks/order", tag: "Admin", access: "catalog:curate",
    summary: "Reorder the active tracks (a permutation of their slugs)", body: slugOrderSchema, ok: { 200: list(adminTrackDtoSchema) },
  },
  {
    method: "GET", path: "/api/admin/tracks/{slug}", tag: "Admin", access: "catalog:curate",
    summary: "The track and all its topics", params: slugParams, ok: { 200: adminTrackDetailSchema },
  },
  {
    method: "PATCH", path: "/api/admin/tracks/{slug}", tag: "Admin", access: "catalog:curate",
    summary: "Edit a track; archive or restore with status", params: slugParams, body: updateTrackSchema, ok: { 200: adminTrackDtoSchema },
  },
  {
    method: "POST", path: "/api/admin/tracks/{slug}/topics", tag: "Admin", access: "catalog:curate",
    summary: "A new topic at the end of the track", params: slugParams, body: createTopicSchema, ok: { 201: adminTopicDtoSchema }, errors: [409],
  },
  {
    method: "PUT", path: "/api/admin/tracks/{slug}/topics/order", tag: "Admin", access: "catalog:curate",
    summary: "Reorder the track's active topics", params: slugParams, body: slugOrderSchema, ok: { 200: list(adminTopicDtoSchema) },
  },
  {
    method: "GET", path: "/api/admin/topics/{slug}", tag: "Admin", access: "catalog:curate",
    summary: "The topic with every key point and resource", params: slugParams, ok: { 200: adminTopicDetailSchema },
  },
  {
    method: "PATCH", path: "/api/admin/topics/{slug}", tag: "Admin", access: "catalog:curate",
    summary: "Edit a topic, move it to another track, archive or restore", params: slugParams, body: updateTopicSchema, ok: { 200: adminTopicDtoSchema },
  },
  {
    method: "POST", path: "/api/admin/topics/{slug}/key-points", tag: "Admin", access: "catalog:curate",
    summary: "A new key point at the end of the topic", params: slugParams, body: createKeyPointSchema, ok: { 201: adminKeyPointDtoSchema },
  },
  {
    method: "PUT", path: "/api/admin/topics/{slug}/key-points/order", tag: "Admin", access: "catalog:curate",
    summary: "Reorder the topic's active key points", params: slugParams, body: idOrderSchema, ok: { 200: list(adminKeyPointDtoSchema) },
  },
  {
    method: "POST", path: "/api/admin/topics/{slug}/resources", tag: "Admin", access: "catalog:curate",
    summary: "A new resource at the end of the topic", params: slugParams, body: createResourceSchema, ok: { 201: adminResourceDtoSchema },
  },
  {
    method: "PUT", path: "/api/admin/topics/{slug}/resources/order", tag: "Admin", access: "catalog:curate",
    summary: "Reorder the topic's active resources", params: slugParams, body: idOrderSchema, ok: { 200: list(adminResourceDtoSchema) },
  },
  {
    method: "PATCH", path: "/api/admin/key-points/{id}", tag: "Admin", access: "catalog:curate",
    summary: "Edit a key point; archive or restore", params: idParams, body: updateKeyPointSchema, ok: { 200: adminKeyPointDtoSchema },
  },
  {
    method: "PATCH", path: "/api/admin/resources/{id}", tag: "Admin", access: "catalog:curate",
    summary: "Edit a resource; archive or restore", params: idParams, body: updateResourceSchema, ok: { 200: adminResourceDtoSchema },
  },

  // ───────────── admin: links, audit, users ─────────────
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
  {
    method: "GET", path: "/api/admin/audit", tag: "Admin", access: "audit:read",
    summary: "The audit log, newest first, a page at a time", query: auditQuerySchema, ok: { 200: auditPageSchema },
  },
  {
    method: "GET", path: "/api/admin/audit.csv", tag: "Admin", access: "audit:read",
    summary: "The matching audit events as a CSV download", query: auditQuerySchema, ok: { 200: "csv" },
  },
  {
    method: "GET", path: "/api/admin/users", tag: "Admin", access: "users:manage",
    summary: "Users by email, searched by name or email", query: usersQuerySchema, ok: { 200: adminUserPageSchema },
  },
  {
    method: "PATCH", path: "/api/admin/users/{id}", tag: "Admin", access: "users:manage",
    summary: "Promote to admin or demote to learner (the last admin → 409)",
    params: userParams, body: updateRoleSchema, ok: { 200: adminUserDtoSchema }, errors: [409],
  },
];
