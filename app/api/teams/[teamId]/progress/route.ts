import { json, parseParams, parseQuery, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { getTeamProgress } from "@/lib/teams/progress";
import { progressQuerySchema, teamParams } from "@/lib/teams/schema";

// GET /api/teams/{teamId}/progress?pathId= – members × items statuses, percent, state (members: own row unless allowed)
export const GET = withAuth(async ({ req, params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "progress:view");
  const { pathId } = parseQuery(req, progressQuerySchema);
  return json(await getTeamProgress(access, pathId), { headers: { "Cache-Control": "no-store" } });
}, "teams:use");
