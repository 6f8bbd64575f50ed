import { noContent, withAuth } from "@/lib/api";
import { signOutEverywhere } from "@/lib/accounts/lifecycle";

// POST /api/me/sessions/revoke – sign out everywhere: every session of the caller ends, this one included
export const POST = withAuth(async ({ user }) => {
  await signOutEverywhere(user.id);
  return noContent();
});
