// GET|POST /api/auth/* – Auth.js endpoints (csrf, callback/credentials, session, signout)
import { handlers } from "@/lib/auth";

export const { GET, POST } = handlers;
