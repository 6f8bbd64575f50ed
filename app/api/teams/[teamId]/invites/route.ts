import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { publicOrigin } from "@/lib/mail";
import { requireTeamAccess } from "@/lib/teams/access";
import { createInvite, listInvites } from "@/lib/teams/invites";
import { createInviteSchema, teamParams } from "@/lib/teams/schema";

// GET /api/teams/{teamId}/invites – pending invites (leads)
export const GET = withAuth(async ({ params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  return json(await listInvites(await requireTeamAccess({ teamId, userId: user.id }, "invite:list")));
}, "teams:use");

// POST /api/teams/{teamId}/invites – an email-bound (mailed when SMTP_URL is set) or open invite link (leads, 201)
export const POST = withAuth(async ({ req, params, user }) => {
  const { teamId } = parseParams(params, teamParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "invite:create");
  const input = await parseBody(req, createInviteSchema);
  const invite = await createInvite(access, input, { origin: publicOrigin(req), inviterName: user.name });
  return json(invite, { status: 201, headers: { "Cache-Control": "no-store" } });
}, "teams:use");
