import { json, parseBody, withAuth } from "@/lib/api";
import { changeEmail } from "@/lib/accounts/lifecycle";
import { changeEmailSchema } from "@/lib/accounts/schema";
import { clientIp } from "@/lib/http/client-ip";

// PUT /api/me/email – change the sign-in email (password required); a taken email is a 409
export const PUT = withAuth(async ({ req, user }) => {
  const input = await parseBody(req, changeEmailSchema);
  const { id, email } = await changeEmail({ userId: user.id, client: clientIp(req.headers) }, input);
  return json({ id, email });
});
