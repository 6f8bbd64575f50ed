// The browser side of our JSON API: one fetch wrapper that turns the error
// envelope into an Error with the server's message.

/** An answer of the API that was not 2xx; `retryable` for 503s and lost connections. */
export class ApiClientError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiClientError";
  }

  get retryable() {
    return this.status === 0 || this.status === 503;
  }
}

/** Sends `body` as JSON and returns the parsed answer (undefined for 204). */
export async function sendJson<T>(method: "PUT" | "PATCH" | "POST" | "DELETE", url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiClientError("You seem to be offline.", 0, "network");
  }
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiClientError(data?.error?.message ?? `The server answered ${response.status}.`, response.status, data?.error?.code ?? "unknown");
  }
  return data as T;
}

/** react-query retry policy for our idempotent writes: retry only what may succeed later. */
export function retryTransient(failureCount: number, error: unknown) {
  return error instanceof ApiClientError && error.retryable && failureCount < 3;
}

export const retryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 4_000);

/** Reads JSON from our API; errors as in sendJson. */
export async function getJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" } });
  } catch {
    throw new ApiClientError("You seem to be offline.", 0, "network");
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiClientError(data?.error?.message ?? `The server answered ${response.status}.`, response.status, data?.error?.code ?? "unknown");
  }
  return data as T;
}
