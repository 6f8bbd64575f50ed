// Calls App Router route handlers in-process, the way Next would: a NextRequest
// for http://localhost/api/…, and a context whose params are a Promise.
import { NextRequest } from "next/server";
import { assertConforms } from "@/tests/support/contract";

export const BASE_URL = "http://localhost";

type RouteHandler = (req: NextRequest, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export type CallOptions = {
  method?: string;
  /** JSON-encoded as the body. */
  json?: unknown;
  /** Sent verbatim (malformed JSON, form encoding, oversized bodies, bytes that are not UTF-8). */
  body?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  /** The `Cookie` header. */
  cookie?: string;
  params?: Record<string, string | string[]>;
};

export type CallResult = { status: number; body: unknown; headers: Headers };

/** Builds the request a browser or curl would send to `path` (which starts with "/api/"). */
export function buildRequest(path: string, { method = "GET", json, body, headers = {}, cookie }: CallOptions = {}): NextRequest {
  const url = new URL(path, BASE_URL);
  const allHeaders = new Headers(headers);
  // Next's server passes the Host header through; the same-origin check compares Origin with it.
  if (!allHeaders.has("host")) allHeaders.set("host", url.host);
  if (cookie) allHeaders.set("cookie", cookie);
  let payload = body;
  if (json !== undefined) {
    payload = JSON.stringify(json);
    if (!allHeaders.has("content-type")) allHeaders.set("content-type", "application/json");
  }
  return new NextRequest(url, { method, headers: allHeaders, body: payload });
}

/** Reads a response: JSON when there is a body, null when there is none (204, redirects), the text of a CSV download. */
export async function readResponse(response: Response): Promise<CallResult> {
  const text = await response.text();
  let body: unknown = null;
  if (response.headers.get("content-type")?.startsWith("text/csv")) {
    body = text;
  } else if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`Expected a JSON body from a ${response.status} response, got: ${text.slice(0, 200)}`);
    }
  }
  return { status: response.status, body, headers: response.headers };
}

/**
 * Calls `handler` with a request for `path`; returns the status, parsed body and headers.
 * Every answer is checked against the OpenAPI registry (status documented, body
 * matching its schema or the error envelope): a drift fails the test that saw it.
 */
export async function callRoute(handler: RouteHandler, path: string, options: CallOptions = {}): Promise<CallResult> {
  const response = await handler(buildRequest(path, options), { params: Promise.resolve(options.params ?? {}) });
  const result = await readResponse(response);
  assertConforms(options.method ?? "GET", new URL(path, BASE_URL).pathname, result.status, result.body, response.headers.get("content-type"));
  return result;
}

/** The `name=value` pairs of a response's Set-Cookie headers, by name. */
export function setCookies(headers: Headers): Map<string, string> {
  return new Map(
    headers.getSetCookie().map((cookie) => {
      const pair = cookie.split(";")[0]!;
      const at = pair.indexOf("=");
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}
