// Checks a real answer against the OpenAPI registry: the status must be one the
// route documents, a success body must match its schema, an error body the
// envelope with the code of that status. tests/support/http.ts runs it on
// every call the integration tests make.
import { ERROR_STATUS, errorEnvelopeSchema } from "@/lib/errors";
import { errorStatuses, routeKey, type ApiRoute } from "@/lib/openapi/define";
import { findRoute } from "@/tests/support/api-routes";

export type ContractProblem = string;

/** What is wrong with (status, body, content type) as an answer of `route`; null when it conforms. */
export function contractProblem(route: ApiRoute, status: number, body: unknown, contentType: string | null): ContractProblem | null {
  const where = `${routeKey(route)} → ${status}`;
  const ok = route.ok as Record<number, unknown>;
  if (status in ok) {
    const answer = ok[status];
    if (answer === null) return body === null ? null : `${where}: documented without a body, got ${JSON.stringify(body).slice(0, 200)}`;
    if (route.alsoCsv && contentType?.startsWith("text/csv")) return null;
    if (answer === "csv") return contentType?.startsWith("text/csv") ? null : `${where}: documented as text/csv, got ${contentType}`;
    if (!(answer && typeof answer === "object" && "safeParse" in answer)) return null;
    const result = (answer as { safeParse: (v: unknown) => { success: boolean; error?: { message: string } } }).safeParse(body);
    return result.success ? null : `${where}: body does not match the documented schema: ${result.error?.message.slice(0, 800)}`;
  }
  if (!errorStatuses(route).includes(status)) return `${where}: status not documented (documented: ${Object.keys(ok).join(", ")}, ${errorStatuses(route).join(", ")})`;
  if (status === 302) return null;
  const envelope = errorEnvelopeSchema.safeParse(body);
  if (!envelope.success) return `${where}: not the error envelope: ${JSON.stringify(body).slice(0, 200)}`;
  if (ERROR_STATUS[envelope.data.error.code] !== status) return `${where}: code ${envelope.data.error.code} belongs to ${ERROR_STATUS[envelope.data.error.code]}`;
  return null;
}

/** Counts of answers checked, by route: the contract test reports coverage. */
export const checkedAnswers = new Map<string, Set<number>>();

/**
 * Throws when the answer to `method pathname` breaks its documented contract.
 * Routes outside the registry are left to the contract test (which fails on them);
 * Auth.js's own answers are not ours to describe.
 */
export function assertConforms(method: string, pathname: string, status: number, body: unknown, contentType: string | null) {
  if (pathname.startsWith("/api/auth/")) return;
  const route = findRoute(method, pathname);
  if (!route) return;
  const key = routeKey(route);
  if (!checkedAnswers.has(key)) checkedAnswers.set(key, new Set());
  checkedAnswers.get(key)!.add(status);
  const problem = contractProblem(route, status, body, contentType);
  if (problem) throw new Error(`OpenAPI contract: ${problem}`);
}
