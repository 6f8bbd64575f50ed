import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { decode, getToken, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";
import { noteRequestUser } from "@/lib/http/request-context";
import { findSessionUser, type SessionUser } from "@/lib/session-store";

// Auth.js names the cookie by whether it was set over HTTPS.
export const SESSION_COOKIE = "authjs.session-token";
const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

// Decrypting a session JWT costs about a millisecond of CPU, and a learner
// sends the same token with every request: keep recent results. Safe because
// only a successful decryption with our secret is stored, expiry is still
// honoured, and revocation is checked against the database on every request.
const DECODED_MAX = 5_000;
const DECODED_TTL_MS = 5 * 60_000;
const decoded = new Map<string, { token: JWT; until: number }>();

async function decodeCached(raw: string, salt: string): Promise<JWT | null> {
  const now = Date.now();
  const hit = decoded.get(raw);
  if (hit && hit.until > now) return hit.token;
  const token = await decode({ token: raw, secret: env.AUTH_SECRET, salt }).catch(() => null);
  if (!token) return null;
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  const expiresAt = typeof token.exp === "number" ? token.exp * 1000 : now;
  decoded.set(raw, { token, until: Math.min(expiresAt, now + DECODED_TTL_MS) });
  return token;
}

/**
 * The signed-in user for a request: the Auth.js session cookie (or a
 * `Bearer` token of the same JWT) is decrypted, then its session row is
 * looked up with the user, so ended sessions and deleted users are refused at once.
 */
export async function getSessionUser(requestHeaders: Headers): Promise<SessionUser | null> {
  const secureCookie = requestHeaders.get("cookie")?.includes(SECURE_SESSION_COOKIE) ?? false;
  const raw = await getToken({ req: { headers: requestHeaders }, secret: env.AUTH_SECRET, secureCookie, raw: true });
  const token = raw ? await decodeCached(raw, secureCookie ? SECURE_SESSION_COOKIE : SESSION_COOKIE) : null;
  if (typeof token?.sub !== "string" || typeof token.sid !== "string") return null;
  const user = await findSessionUser({ sessionId: token.sid, userId: token.sub });
  if (user) noteRequestUser(user.id); // for the server's request log line
  return user;
}

/** The signed-in user in a server component or action (once per render). */
export const getCurrentUser = cache(async () => getSessionUser(await headers()));
