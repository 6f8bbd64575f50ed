import { json, withAuth } from "@/lib/api";
import { getMyAssignments } from "@/lib/teams/progress";

// GET /api/me/assignments – paths assigned to the caller, with progress, state, pace and the next item
export const GET = withAuth(async ({ user }) => {
  return json(await getMyAssignments(user), { headers: { "Cache-Control": "no-store" } });
}, "teams:use");
