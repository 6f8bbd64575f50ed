import { noContent, parseParams, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { revokeInvite } from "@/lib/teams/invites";
import { inviteParams } from "@/lib/teams/schema";

// DELETE /api/teams/{teamId}/invites/{inviteId} – revoke an invite (leads; revoking twice is fine)
export const DELETE = withAuth(async ({ params, user }) => {
  const { teamId, inviteId } = parseParams(params, inviteParams);
  await revokeInvite(await requireTeamAccess({ teamId, userId: user.id }, "invite:revoke"), inviteId);
  return noContent();
}, "teams:use");
