import { json, parseParams, parseQuery, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { getTeamActivity } from "@/lib/teams/activity";
import { activityQuerySchema, teamParams } from "@/lib/teams/schema";

// GET /api/teams/{teamId}/activity?cursor= – who started or finished what, newest first (members: their own unless allowed)
export const GET = withAuth(async ({ req, params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "activity:view");
  const { cursor } = parseQuery(req, activityQuerySchema);
  return json(await getTeamActivity(access, cursor), { headers: { "Cache-Control": "no-store" } });
}, "teams:use");
