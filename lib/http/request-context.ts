// What the HTTP server (scripts/server.ts) knows about the request being
// served, reachable from the app's code through AsyncLocalStorage: its id
// (the proxy's X-Request-Id, or one the server made) for log lines, and the
// signed-in user's id, which the session lookup records so that the server's
// request log line can name the user. On globalThis because Next bundles the
// app's modules apart from the server script (like lib/lifecycle.ts).
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string; userId?: string };

const store = globalThis as typeof globalThis & { waypointRequestContext?: AsyncLocalStorage<RequestContext> };

/** The per-request store; scripts/server.ts runs each request inside `requestContext.run(...)`. */
export const requestContext = (store.waypointRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Records who is signed in for the request being served (a no-op outside scripts/server.ts). */
export function noteRequestUser(userId: string): void {
  const context = requestContext.getStore();
  if (context) context.userId = userId;
}

/** The id of the request being served, when there is one. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
