// One HTTP request of the link checker, sent to an address the guard already
// approved: the socket connects to that address (never to a fresh DNS answer),
// while the Host header, TLS server name and certificate check still use the
// URL's host name. Only the status line and headers are read; the body is
// dropped at once. No connection reuse (agent: false): each request is its
// own connection, closed when its headers have arrived.
import http from "node:http";
import https from "node:https";

export type Exchange = { status: number; location: string | null; retryAfter: string | null };

export class RequestTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no response within ${ms / 1000} s`);
    this.name = "RequestTimeoutError";
  }
}

export type ExchangeOptions = {
  method: "HEAD" | "GET";
  address: string;
  family: 4 | 6;
  timeoutMs: number;
  userAgent: string;
  signal?: AbortSignal;
};

const isIpLiteral = (host: string) => /^[\d.]+$/.test(host) || host.includes(":");

/** Sends one request for `url` to `address` and resolves with its status and the headers the checker needs. */
export function exchange(url: URL, { method, address, family, timeoutMs, userAgent, signal }: ExchangeOptions): Promise<Exchange> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  const transport = url.protocol === "https:" ? https : http;
  return new Promise<Exchange>((resolve, reject) => {
    const request = transport.request({
      host: address,
      family,
      port: url.port || (url.protocol === "https:" ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method,
      agent: false,
      // SNI and the certificate check name the site, not the address we dialled.
      ...(url.protocol === "https:" && !isIpLiteral(hostname) ? { servername: hostname } : {}),
      headers: {
        Host: url.host,
        "User-Agent": userAgent,
        Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language": "en-US,en;q=0.9",
      },
    });
    const timer = setTimeout(() => request.destroy(new RequestTimeoutError(timeoutMs)), timeoutMs);
    const onAbort = () => request.destroy(signal!.reason instanceof Error ? signal!.reason : new Error("aborted"));
    signal?.addEventListener("abort", onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    request.once("response", (response) => {
      settle();
      const header = (name: string) => {
        const value = response.headers[name];
        return (Array.isArray(value) ? value[0] : value) ?? null;
      };
      resolve({ status: response.statusCode ?? 0, location: header("location"), retryAfter: header("retry-after") });
      // The body is not needed: close the connection instead of downloading it.
      response.destroy();
      request.destroy();
    });
    // `on`, not `once`: a late error after the response (the dropped body) must not go unhandled.
    request.on("error", (error) => {
      settle();
      reject(error);
    });
    if (signal?.aborted) onAbort();
    request.end();
  });
}
