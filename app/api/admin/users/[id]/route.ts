import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { setUserRole } from "@/lib/users/mutations";
import { updateRoleSchema, userParams } from "@/lib/users/schema";

// PATCH /api/admin/users/{id} – promote to admin or demote to learner; the last admin cannot be demoted (409)
export const PATCH = withAuth(async ({ req, params, user }) => {
  const { id } = parseParams(params, userParams);
  const { role } = await parseBody(req, updateRoleSchema);
  return json(await setUserRole(auditActor(user), id, role));
}, "users:manage");
