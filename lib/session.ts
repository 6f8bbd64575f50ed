import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { findSessionUser, type SessionUser } from "@/lib/accounts/data";

// Auth.js names the cookie by whether it was set over HTTPS.
export const SESSION_COOKIE = "authjs.session-token";
const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/**
 * The signed-in user for a request: the Auth.js session cookie (or a
 * `Bearer` token of the same JWT) is decrypted, then checked against the
 * database, so deleted users and revoked sessions are refused at once.
 */
export async function getSessionUser(requestHeaders: Headers): Promise<SessionUser | null> {
  const secureCookie = requestHeaders.get("cookie")?.includes(SECURE_SESSION_COOKIE) ?? false;
  const token = await getToken({ req: { headers: requestHeaders }, secret: env.AUTH_SECRET, secureCookie });
  if (!token?.sub || typeof token.authAt !== "number") return null;
  return findSessionUser(token.sub, new Date(token.authAt));
}

/** The signed-in user in a server component or action (once per render). */
export const getCurrentUser = cache(async () => getSessionUser(await headers()));
