import { json, parseBody, withErrors } from "@/lib/api";
import { createUser } from "@/lib/accounts/mutations";
import { signUpSchema, userSchema } from "@/lib/accounts/schema";
import { clientIp } from "@/lib/http/client-ip";

// POST /api/users – sign up: create a learner account (201), taken email → 409, too many from one client → 429
export const POST = withErrors(async ({ req }) => {
  const input = await parseBody(req, signUpSchema);
  const user = await createUser(input, clientIp(req.headers));
  return json(userSchema.parse(user), { status: 201 });
});
