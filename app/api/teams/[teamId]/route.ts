import { json, noContent, parseBody, parseParams, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { getTeam } from "@/lib/teams/data";
import { deleteTeam, updateTeam } from "@/lib/teams/mutations";
import { teamParams, updateTeamSchema } from "@/lib/teams/schema";

// GET /api/teams/{teamId} – the team and its members (members of the team only; others 404)
export const GET = withAuth(async ({ params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "team:view");
  return json(await getTeam(access));
}, "teams:use");

// PATCH /api/teams/{teamId} – rename, or let members see each other's progress (leads)
export const PATCH = withAuth(async ({ req, params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "team:update");
  return json(await updateTeam(access, await parseBody(req, updateTeamSchema)));
}, "teams:use");

// DELETE /api/teams/{teamId} – delete the team; members' own progress and notes stay (leads)
export const DELETE = withAuth(async ({ params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  await deleteTeam(await requireTeamAccess({ teamId, userId: user.id }, "team:delete"));
  return noContent();
}, "teams:use");
