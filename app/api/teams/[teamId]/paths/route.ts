import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { createPath, listPaths } from "@/lib/teams/paths";
import { pathInputSchema, teamParams } from "@/lib/teams/schema";

// GET /api/teams/{teamId}/paths – the team's active paths with effort
export const GET = withAuth(async ({ params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  return json(await listPaths(await requireTeamAccess({ teamId, userId: user.id }, "path:view")));
}, "teams:use");

// POST /api/teams/{teamId}/paths – create a learning path (leads, 201; any invalid item → 422, nothing written)
export const POST = withAuth(async ({ req, params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "path:edit");
  const input = await parseBody(req, pathInputSchema);
  return json(await createPath(access, input), { status: 201 });
}, "teams:use");
