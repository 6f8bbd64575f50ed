// Calls any API route by its registry key ("PATCH /api/teams/{teamId}"),
// loading the route module from disk the way Next would route to it. The
// answer goes through callRoute, so it is checked against the OpenAPI
// registry too. Route modules are imported at call time: a file on a
// private database gets handlers bound to it.
import path from "node:path";
import type { Method } from "@/lib/openapi/define";
import { routeFiles } from "@/tests/support/api-routes";
import { callRoute, type CallOptions, type CallResult } from "@/tests/support/http";

const ROOT = path.resolve(__dirname, "../..");
const FILES = new Map(routeFiles().map((f) => [f.path, f.file]));

type Handler = Parameters<typeof callRoute>[0];

/** The exported handler for `method` of the route at `template`. */
export async function loadHandler(method: Method, template: string): Promise<Handler> {
  const file = FILES.get(template);
  if (!file) throw new Error(`No route file for ${template}`);
  const mod = (await import(path.join(ROOT, file))) as Record<string, Handler>;
  const handler = mod[method];
  if (!handler) throw new Error(`${file} exports no ${method}`);
  return handler;
}

export type ApiCall = Omit<CallOptions, "method"> & { params?: Record<string, string>; query?: string };

/** encodeURIComponent, except that half a surrogate pair (which no URL can carry) becomes U+FFFD, as a browser sends it. */
export const encodeSegment = (value: string) =>
  encodeURIComponent(value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));

/** `template` with `params` filled in (encoded), and `query` ("?a=b") appended. */
export const concretePath = (template: string, params: Record<string, string> = {}, query = "") =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(params[name] ?? "")) + query;

export async function callApi(method: Method, template: string, { params = {}, query = "", ...options }: ApiCall = {}): Promise<CallResult> {
  const handler = await loadHandler(method, template);
  return callRoute(handler, concretePath(template, params, query), { ...options, method, params });
}
