import { noContent, parseBody, withAuth } from "@/lib/api";
import { changePassword } from "@/lib/accounts/lifecycle";
import { changePasswordSchema } from "@/lib/accounts/schema";
import { clientIp } from "@/lib/http/client-ip";

// PUT /api/me/password – change the password (current one required); every other session ends
export const PUT = withAuth(async ({ req, user }) => {
  const input = await parseBody(req, changePasswordSchema);
  await changePassword({ userId: user.id, sessionId: user.sessionId, client: clientIp(req.headers) }, input);
  return noContent();
});
