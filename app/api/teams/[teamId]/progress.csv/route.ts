import { parseParams, parseQuery, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { teamProgressCsv } from "@/lib/teams/csv";
import { getTeamProgress } from "@/lib/teams/progress";
import { progressQuerySchema, teamParams } from "@/lib/teams/schema";

// GET /api/teams/{teamId}/progress.csv?pathId= – the dashboard matrix as a CSV download (leads)
export const GET = withAuth(async ({ req, params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "progress:export");
  const { pathId } = parseQuery(req, progressQuerySchema);
  const progress = await getTeamProgress(access, pathId);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(teamProgressCsv(progress), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="team-progress-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}, "teams:use");
