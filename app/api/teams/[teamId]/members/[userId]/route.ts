import { json, noContent, parseBody, parseParams, withAuth } from "@/lib/api";
import { requireTeamAccess } from "@/lib/teams/access";
import { changeMemberRole, removeMember } from "@/lib/teams/mutations";
import { changeRoleSchema, memberParams } from "@/lib/teams/schema";

// PATCH /api/teams/{teamId}/members/{userId} – make a member a lead or a lead a member (leads; the last lead → 409)
export const PATCH = withAuth(async ({ req, params, user }) => {
  const { teamId, userId } = parseParams(params, memberParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "member:changeRole");
  const { role } = await parseBody(req, changeRoleSchema);
  return json(await changeMemberRole(access, { userId, role }));
}, "teams:use");

// DELETE /api/teams/{teamId}/members/{userId} – remove a member (leads), or leave (yourself); the last lead → 409
export const DELETE = withAuth(async ({ params, user }) => {
  const { teamId, userId } = parseParams(params, memberParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, userId === user.id ? "member:leave" : "member:remove");
  await removeMember(access, { userId });
  return noContent();
}, "teams:use");
