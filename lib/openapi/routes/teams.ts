// Teams: members, invites, paths, assignments, reminders, team progress.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { z } from "zod";
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
import type { ApiRoute } from "@/lib/openapi/define";

export const teamRoutes: ApiRoute[] = [
  { method: "GET", path: "/api/teams", tag: "Teams", access: "teams:use", summary: "The caller's teams", ok: { 200: z.array(teamSummaryDtoSchema) } },
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
    summary: "Pending invites (leads; members → 403)", params: teamParams, ok: { 200: z.array(inviteDtoSchema) }, errors: [403],
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
    summary: "The team's active paths", params: teamParams, ok: { 200: z.array(pathSummaryDtoSchema) },
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
    summary: "Assignments of active paths", params: teamParams, ok: { 200: z.array(assignmentDtoSchema) },
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
    summary: "Paths assigned to the caller, with progress and pace", ok: { 200: z.array(myAssignmentDtoSchema) },
  },
];
