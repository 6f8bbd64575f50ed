// Accounts: Auth.js's own endpoints, sign-up, the caller's profile, password, email and sessions.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { z } from "zod";
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  meSchema,
  signUpSchema,
  updateProfileSchema,
  userSchema,
} from "@/lib/accounts/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const accountRoutes: ApiRoute[] = [
  {
    method: "GET", path: "/api/auth/{nextauth}", tag: "Accounts", access: "public",
    summary: "Auth.js endpoints: session, csrf, providers, signout",
    description: "Auth.js (next-auth v5) serves these; their answers are Auth.js's own, not this API's envelope.",
    params: z.object({ nextauth: z.string() }),
    ok: { 200: z.unknown() },
  },
  {
    method: "POST", path: "/api/auth/{nextauth}", tag: "Accounts", access: "public",
    summary: "Auth.js posts: callback/credentials (sign in), signout",
    description: "Form-encoded, with the csrf token from GET /api/auth/csrf. Refused from another site (403) before Auth.js runs; too many failed sign-ins → 429.",
    params: z.object({ nextauth: z.string() }),
    ok: { 200: z.unknown() },
    errors: [302, 429],
  },
  {
    method: "POST", path: "/api/users", tag: "Accounts", access: "public",
    summary: "Sign up: create a learner account",
    body: signUpSchema, ok: { 201: userSchema }, errors: [409, 429],
  },
  { method: "GET", path: "/api/me", tag: "Accounts", access: "signed-in", summary: "The signed-in user", ok: { 200: meSchema } },
  {
    method: "PATCH", path: "/api/me", tag: "Accounts", access: "signed-in",
    summary: "Change the caller's name or time zone", body: updateProfileSchema, ok: { 200: meSchema },
  },
  {
    method: "DELETE", path: "/api/me", tag: "Accounts", access: "signed-in",
    summary: "Delete the caller's account and everything that is theirs (password required)",
    body: deleteAccountSchema, ok: { 204: null }, errors: [409, 429],
  },
  {
    method: "PUT", path: "/api/me/password", tag: "Accounts", access: "signed-in",
    summary: "Change the password (current one required); every other session ends",
    body: changePasswordSchema, ok: { 204: null }, errors: [429],
  },
  {
    method: "PUT", path: "/api/me/email", tag: "Accounts", access: "signed-in",
    summary: "Change the sign-in email (password required)",
    body: changeEmailSchema, ok: { 200: userSchema.pick({ id: true, email: true }) }, errors: [409, 429],
  },
  {
    method: "POST", path: "/api/me/sessions/revoke", tag: "Accounts", access: "signed-in",
    summary: "Sign out everywhere: every session of the caller ends, this one included", ok: { 204: null },
  },
];
