import { json, parseBody, withErrors } from "@/lib/api";
import { createUser } from "@/lib/accounts/mutations";
import { signUpSchema, userSchema } from "@/lib/accounts/schema";

// POST /api/users – sign up: create a learner account (201), taken email → 409
export const POST = withErrors(async ({ req }) => {
  const input = await parseBody(req, signUpSchema);
  const user = await createUser(input);
  return json(userSchema.parse(user), { status: 201 });
});
