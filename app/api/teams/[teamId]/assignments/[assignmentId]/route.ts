import { noContent, parseParams, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { deleteAssignment } from "@/lib/teams/assignments";
import { assignmentParams } from "@/lib/teams/schema";

// DELETE /api/teams/{teamId}/assignments/{assignmentId} – remove an assignment (leads)
export const DELETE = withAuth(async ({ params, user }) => {
  const { teamId, assignmentId } = parseParams(params, assignmentParams);
  await deleteAssignment(await requireTeamAccess({ teamId, userId: user.id }, "assignment:edit"), assignmentId);
  return noContent();
}, "teams:use");
