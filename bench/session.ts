// Signing in the way a browser does (scripts/lib/http-client.ts): Auth.js's
// CSRF endpoint, then the credentials callback; returns the session cookie.
import { SESSION_COOKIE, signIn as signInForm } from "../scripts/lib/http-client";

/** Signs in through /api/auth/callback/credentials and returns the Cookie header to send. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const result = await signInForm(baseUrl, email, password);
  if (!result.session) throw new Error(`Sign-in failed (${result.status} ${result.error ?? ""} ${result.code ?? ""})`);
  return `${SESSION_COOKIE}=${result.session}`;
}
