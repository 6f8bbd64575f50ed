import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { createAssignment, listAssignments } from "@/lib/teams/assignments";
import { createAssignmentSchema, teamParams } from "@/lib/teams/schema";

// GET /api/teams/{teamId}/assignments – assignments of active paths (members: whole-team ones and their own)
export const GET = withAuth(async ({ params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  return json(await listAssignments(await requireTeamAccess({ teamId, userId: user.id }, "assignment:view")));
}, "teams:use");

// POST /api/teams/{teamId}/assignments – assign a path to a member or the whole team (leads, 201)
export const POST = withAuth(async ({ req, params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "assignment:edit");
  const input = await parseBody(req, createAssignmentSchema);
  return json(await createAssignment(access, input, { timeZone: user.timeZone }), { status: 201 });
}, "teams:use");
