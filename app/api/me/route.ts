import { json, noContent, parseBody, withAuth } from "@/lib/api";
import { deleteAccount } from "@/lib/accounts/lifecycle";
import { updateProfile } from "@/lib/accounts/mutations";
import { deleteAccountSchema, meSchema, updateProfileSchema } from "@/lib/accounts/schema";
import { clientIp } from "@/lib/http/client-ip";

// GET /api/me – the signed-in user
export const GET = withAuth(async ({ user }) => json(meSchema.parse(user)));

// PATCH /api/me – change the caller's name or time zone
export const PATCH = withAuth(async ({ req, user }) => {
  const input = await parseBody(req, updateProfileSchema);
  return json(await updateProfile(user.id, input));
});

// DELETE /api/me – delete the caller's account and everything that is theirs (password required)
export const DELETE = withAuth(async ({ req, user }) => {
  const { password } = await parseBody(req, deleteAccountSchema);
  await deleteAccount({ userId: user.id, client: clientIp(req.headers) }, password);
  return noContent();
});
