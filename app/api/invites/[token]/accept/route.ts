import { json, parseParams, withAuth } from "@/lib/api";
import { acceptInvite } from "@/lib/teams/invites";
import { tokenParams } from "@/lib/teams/schema";

// POST /api/invites/{token}/accept – join the team (idempotent; wrong address → 403, dead invite → 410)
export const POST = withAuth(async ({ params, user }) => {
  const { token } = parseParams(params, tokenParams);
  return json(await acceptInvite({ token, userId: user.id, email: user.email }));
}, "teams:use");
