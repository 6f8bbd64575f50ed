// The shape of one API route's entry in the registry (lib/openapi/routes/, joined
// in lib/openapi/routes.ts), and what an entry implies: the error statuses every
// route of its kind may answer. The OpenAPI document, the /docs/api page, the
// contract test, the route × role matrix and the fuzzer all read the same entries.
import type { ZodObject, ZodType } from "zod";
import type { Permission } from "@/lib/permissions";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/**
 * Who may call a route: anyone; anyone signed in; or a signed-in user whose
 * site role carries `permission` (lib/permissions.ts). Team roles and
 * ownership are checked inside the handler and show as 404 (not yours) or 403.
 */
export type Access = "public" | "signed-in" | Permission;

/** What a success answers: a JSON body (its zod schema), a CSV download, or nothing (204). */
export type Answer = ZodType | "csv" | null;

export type ApiRoute = {
  method: Method;
  /** OpenAPI style: "/api/teams/{teamId}" (a Next folder [teamId] is {teamId}, [...all] is {all}). */
  path: string;
  summary: string;
  /** The group in the reference (one per domain). */
  tag: string;
  access: Access;
  params?: ZodObject;
  query?: ZodObject;
  /** The JSON body the handler parses (parseBody). */
  body?: ZodType;
  /** An empty body is accepted and means `{}`. */
  bodyOptional?: boolean;
  /** Success statuses and what each answers. */
  ok: Partial<Record<200 | 201 | 202 | 204, Answer>>;
  /** A query option (format=csv) makes the 200 a CSV download instead of JSON. */
  alsoCsv?: boolean;
  /** Error statuses this route may answer beyond those `errorStatuses` implies (409, 410, 429…). */
  errors?: number[];
  /** Touches no database (liveness): no 503. */
  static?: boolean;
  /** More words for the reference. */
  description?: string;
};

/** Permissions every signed-in user holds: a route that needs one can only refuse with 401. */
const EVERYONE: readonly string[] = ["catalog:read", "progress:write", "teams:use", "review:submit"];

export const isUnsafe = (method: Method) => method !== "GET";

/** Every error status a route may answer: those its shape implies, and its own. */
export function errorStatuses(route: ApiRoute): number[] {
  const statuses = new Set<number>(route.errors ?? []);
  if (route.access !== "public") statuses.add(401);
  if (route.access !== "public" && route.access !== "signed-in" && !EVERYONE.includes(route.access)) statuses.add(403);
  // Writes from another site are refused before anything else (lib/api.ts assertSameOrigin).
  if (isUnsafe(route.method)) statuses.add(403);
  if (route.params) statuses.add(404);
  if (route.body) [400, 413, 422].forEach((s) => statuses.add(s));
  if (route.query) statuses.add(422);
  if (!route.static) statuses.add(503);
  return [...statuses].sort((a, b) => a - b);
}

/** "GET /api/teams/{teamId}" */
export const routeKey = (route: Pick<ApiRoute, "method" | "path">) => `${route.method} ${route.path}`;
