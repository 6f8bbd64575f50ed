// Every teams route as a table: how to call it against a fixture team, and the
// status each kind of caller must get. The authorization test runs the whole
// matrix; a later security pass can extend it to every route of the app.
import { createAssignmentRow, createInviteRow, createPathRow, createTeamRow, dayIn, type TeamsApi } from "@/tests/support/teams";

export const ACTORS = ["anonymous", "outsider", "member", "otherLead", "lead", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

/** The rows one call works on: a fresh team per call, so a successful DELETE cannot spoil the next call. */
export type RouteFixture = {
  teamId: string;
  pathId: string;
  assignmentId: string;
  inviteId: string;
  /** An open invite's token (anyone signed in may accept it). */
  inviteToken: string;
  /** A plain member of the team, overdue on the assignment: the target of role changes, removals and reminders. */
  targetId: string;
};

/** The people of the matrix: the same users in every fixture team (except the outsider, the other team's lead and the admin). */
export type Cast = { lead: { id: string }; member: { id: string }; target: { id: string } };

/** A team led by `cast.lead` with `cast.member` and `cast.target`, a two-topic path assigned to everyone (overdue), and two invites. */
export async function createRouteFixture(cast: Cast): Promise<RouteFixture> {
  const team = await createTeamRow({ lead: cast.lead, members: [cast.member, cast.target], name: "Matrix team" });
  const path = await createPathRow(team.id, ["neural-networks", "evaluation"], "Matrix path");
  const assignment = await createAssignmentRow(team.id, path.id, { dueDate: dayIn("UTC", -1) });
  const invite = await createInviteRow(team.id, { email: `pending-${team.id}@test.local` });
  const open = await createInviteRow(team.id);
  return { teamId: team.id, pathId: path.id, assignmentId: assignment.id, inviteId: invite.id, inviteToken: open.token, targetId: cast.target.id };
}

export type TeamRouteCase = {
  /** "METHOD /api/path/{param}"; a suffix in parentheses names a variant of the same route. */
  route: string;
  call: (api: TeamsApi, fixture: RouteFixture, me: { id: string } | null) => Promise<{ status: number }>;
  expected: Record<Actor, number>;
};

/** Under /api/teams/{teamId}: outsiders, other teams' leads and admins get 404, members `member`, leads `lead`. */
const inTeam = (member: number, lead: number): Record<Actor, number> => ({ anonymous: 401, outsider: 404, member, otherLead: 404, lead, admin: 404 });
const leadsOnly = (ok: number) => inTeam(403, ok);
const anyMember = (ok: number) => inTeam(ok, ok);
const anySignedIn = (ok: number): Record<Actor, number> => ({ anonymous: 401, outsider: ok, member: ok, otherLead: ok, lead: ok, admin: ok });

const pathBody = { title: "Matrix edit", items: [{ topic: "quantization" }] };

export const TEAM_ROUTES: TeamRouteCase[] = [
  { route: "GET /api/teams", call: (api) => api.listTeams(), expected: anySignedIn(200) },
  { route: "POST /api/teams", call: (api) => api.createTeam({ name: "Another team" }), expected: anySignedIn(201) },
  { route: "GET /api/teams/{teamId}", call: (api, f) => api.getTeam(f.teamId), expected: anyMember(200) },
  { route: "PATCH /api/teams/{teamId}", call: (api, f) => api.updateTeam(f.teamId, { name: "Renamed", membersSeeProgress: true }), expected: leadsOnly(200) },
  { route: "DELETE /api/teams/{teamId}", call: (api, f) => api.deleteTeam(f.teamId), expected: leadsOnly(204) },
  { route: "GET /api/teams/{teamId}/invites", call: (api, f) => api.listInvites(f.teamId), expected: leadsOnly(200) },
  { route: "POST /api/teams/{teamId}/invites", call: (api, f) => api.createInvite(f.teamId, { email: `new-${f.teamId}@test.local` }), expected: leadsOnly(201) },
  { route: "DELETE /api/teams/{teamId}/invites/{inviteId}", call: (api, f) => api.revokeInvite(f.teamId, f.inviteId), expected: leadsOnly(204) },
  { route: "PATCH /api/teams/{teamId}/members/{userId}", call: (api, f) => api.changeRole(f.teamId, f.targetId, { role: "LEAD" }), expected: leadsOnly(200) },
  { route: "DELETE /api/teams/{teamId}/members/{userId}", call: (api, f) => api.removeMember(f.teamId, f.targetId), expected: leadsOnly(204) },
  {
    route: "DELETE /api/teams/{teamId}/members/{userId} (leave)",
    call: (api, f, me) => api.removeMember(f.teamId, me?.id ?? f.targetId),
    // A member may leave; the team's only lead may not (409).
    expected: inTeam(204, 409),
  },
  { route: "GET /api/teams/{teamId}/paths", call: (api, f) => api.listPaths(f.teamId), expected: anyMember(200) },
  { route: "POST /api/teams/{teamId}/paths", call: (api, f) => api.createPath(f.teamId, pathBody), expected: leadsOnly(201) },
  { route: "GET /api/teams/{teamId}/paths/{pathId}", call: (api, f) => api.getPath(f.teamId, f.pathId), expected: anyMember(200) },
  { route: "PUT /api/teams/{teamId}/paths/{pathId}", call: (api, f) => api.replacePath(f.teamId, f.pathId, pathBody), expected: leadsOnly(200) },
  { route: "DELETE /api/teams/{teamId}/paths/{pathId}", call: (api, f) => api.archivePath(f.teamId, f.pathId), expected: leadsOnly(204) },
  { route: "GET /api/teams/{teamId}/assignments", call: (api, f) => api.listAssignments(f.teamId), expected: anyMember(200) },
  {
    route: "POST /api/teams/{teamId}/assignments",
    call: (api, f) => api.createAssignment(f.teamId, { pathId: f.pathId, userId: f.targetId, dueDate: dayIn("Pacific/Kiritimati", 7) }),
    expected: leadsOnly(201),
  },
  { route: "DELETE /api/teams/{teamId}/assignments/{assignmentId}", call: (api, f) => api.deleteAssignment(f.teamId, f.assignmentId), expected: leadsOnly(204) },
  {
    route: "POST /api/teams/{teamId}/assignments/{assignmentId}/reminders",
    call: (api, f) => api.remind(f.teamId, f.assignmentId, { userId: f.targetId }),
    expected: leadsOnly(202),
  },
  { route: "GET /api/teams/{teamId}/progress", call: (api, f) => api.progress(f.teamId, `?pathId=${f.pathId}`), expected: anyMember(200) },
  { route: "GET /api/teams/{teamId}/progress.csv", call: (api, f) => api.progressCsv(f.teamId, `?pathId=${f.pathId}`), expected: leadsOnly(200) },
  { route: "GET /api/teams/{teamId}/activity", call: (api, f) => api.activity(f.teamId), expected: anyMember(200) },
  // The token is the key: anyone may look at an invite, anyone signed in may accept it (the lead already is in: 200, role kept).
  {
    route: "GET /api/invites/{token}",
    call: (api, f) => api.previewInvite(f.inviteToken),
    expected: { anonymous: 200, outsider: 200, member: 200, otherLead: 200, lead: 200, admin: 200 },
  },
  { route: "POST /api/invites/{token}/accept", call: (api, f) => api.acceptInvite(f.inviteToken), expected: anySignedIn(200) },
  { route: "GET /api/me/assignments", call: (api) => api.myAssignments(), expected: anySignedIn(200) },
];
