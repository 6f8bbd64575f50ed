import { json, parseBody, withAuth } from "@/lib/api";
import { updateProfile } from "@/lib/accounts/mutations";
import { meSchema, updateProfileSchema } from "@/lib/accounts/schema";

// GET /api/me – the signed-in user
export const GET = withAuth(async ({ user }) => json(meSchema.parse(user)));

// PATCH /api/me – change the caller's name or time zone
export const PATCH = withAuth(async ({ req, user }) => {
  const input = await parseBody(req, updateProfileSchema);
  return json(await updateProfile(user.id, input));
});
