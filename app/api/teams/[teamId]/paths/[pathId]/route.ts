import { json, noContent, notFound, parseBody, parseParams, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { archivePath, getPath, replacePath } from "@/lib/teams/paths";
import { pathInputSchema, pathParams } from "@/lib/teams/schema";

// GET /api/teams/{teamId}/paths/{pathId} – one active path with its items in order
export const GET = withAuth(async ({ params, user }) => {
  const { teamId, pathId } = parseParams(params, pathParams);
  const path = await getPath(await requireTeamAccess({ teamId, userId: user.id }, "path:view"), pathId);
  if (!path) throw notFound("No path with this id in the team.");
  return json(path);
}, "teams:use");

// PUT /api/teams/{teamId}/paths/{pathId} – replace title, description and items whole (leads; the later of two PUTs wins)
export const PUT = withAuth(async ({ req, params, user }) => {
  const { teamId, pathId } = parseParams(params, pathParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "path:edit");
  const input = await parseBody(req, pathInputSchema);
  return json(await replacePath(access, pathId, input));
}, "teams:use");

// DELETE /api/teams/{teamId}/paths/{pathId} – archive the path (leads; its assignments stop counting)
export const DELETE = withAuth(async ({ params, user }) => {
  const { teamId, pathId } = parseParams(params, pathParams);
  await archivePath(await requireTeamAccess({ teamId, userId: user.id }, "path:edit"), pathId);
  return noContent();
}, "teams:use");
