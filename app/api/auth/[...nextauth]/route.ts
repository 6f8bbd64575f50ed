// GET|POST /api/auth/* – Auth.js endpoints (csrf, callback/credentials, session, signout)
import { withErrors } from "@/lib/api";
import { handlers } from "@/lib/auth";

export const GET = handlers.GET;

// POST /api/auth/* – sign-in and sign-out posts, refused from another site before Auth.js runs
export const POST = withErrors(({ req }) => handlers.POST(req));
