// Security headers on every response scripts/server.ts sends (see
// lib/http/security-headers.ts for the policies). Before Next sees the
// response it gets the headers every response carries and the non-document
// policy; a page's nonce policy from proxy.ts replaces that. When the headers
// go out, an HTML response that was not rendered for this request is held
// back whole (a prerendered page is one buffer anyway), its inline scripts are
// hashed from the body exactly as sent (compressed or not; cached by body
// digest) and it leaves with the hash policy. Pages rendered per request
// stream through untouched.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { baseHeaders, CSP, hashPolicy, HashCache, needsHashes, NON_DOCUMENT_POLICY } from "./security-headers";

const header = (res: ServerResponse, name: string) => {
  const value = res.getHeader(name);
  return Array.isArray(value) ? value.join(", ") : value === undefined ? undefined : String(value);
};

/**
 * Whether the request reached us over HTTPS: a TLS socket, X-Forwarded-Proto
 * (present only when scripts/server.ts trusts a proxy: stampClientHeaders
 * drops it otherwise), or a site configured at an https APP_URL.
 */
export function servedOverHttps(req: IncomingMessage, appUrl = process.env.APP_URL): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const forwarded = req.headers["x-forwarded-proto"];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim().toLowerCase();
  if (proto) return proto === "https";
  return appUrl?.startsWith("https:") ?? false;
}

type Chunk = string | Buffer | Uint8Array;
type Callback = (error?: Error | null) => void;

/** Sets the headers and, for HTML that needs them, the hash policy on `res`. Call before handing `res` to Next. */
export function secureResponse(req: IncomingMessage, res: ServerResponse, { cache, https }: { cache: HashCache; https: boolean }) {
  for (const [name, value] of Object.entries(baseHeaders({ https }))) res.setHeader(name, value);
  res.setHeader(CSP, NON_DOCUMENT_POLICY);

  const writeHead = res.writeHead.bind(res) as (status: number, reason?: string) => ServerResponse;
  const write = res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding, cb?: Callback) => boolean;
  const end = res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding, cb?: () => void) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);

  let mode: "pass" | "hold" | undefined;
  let reason: string | undefined;
  const held: Buffer[] = [];
  const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
    typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk);

  /** Decided once, when the headers are final (at writeHead or the first body byte). */
  function decide() {
    if (mode) return mode;
    if (res.statusCode === 304) {
      // No body to hash: the browser keeps the policy it stored with the body this 304 confirms.
      res.removeHeader(CSP);
      return (mode = "pass");
    }
    if (!needsHashes({ contentType: header(res, "content-type"), policy: header(res, CSP), cacheControl: header(res, "cache-control") })) return (mode = "pass");
    if (req.method !== "HEAD") return (mode = "hold");
    // A HEAD answer has no body, so no script to allow (and no nonce that would mean anything).
    res.setHeader(CSP, hashPolicy([]));
    return (mode = "pass");
  }

  res.writeHead = function (statusCode: number, ...rest: unknown[]) {
    let headers: OutgoingHttpHeaders | unknown[] | undefined;
    if (typeof rest[0] === "string") [reason, headers] = rest as [string, OutgoingHttpHeaders | undefined];
    else headers = rest[0] as OutgoingHttpHeaders | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    res.statusCode = statusCode;
    if (decide() === "hold") return res;
    return writeHead(statusCode, reason);
  } as typeof res.writeHead;

  res.flushHeaders = () => {
    if (decide() !== "hold") flushHeaders();
  };

  res.write = function (chunk: Chunk, encoding?: BufferEncoding | Callback, cb?: Callback) {
    if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    if (decide() !== "hold") return write(chunk, encoding, cb);
    held.push(toBuffer(chunk, encoding));
    if (cb) process.nextTick(cb);
    return true;
  } as typeof res.write;

  res.end = function (chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void), cb?: () => void) {
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined];
    if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    if (decide() !== "hold") return end(chunk as Chunk | undefined, encoding, cb);
    if (chunk !== undefined && chunk !== null) held.push(toBuffer(chunk, encoding));
    const body = Buffer.concat(held);
    const hashes = cache.hashesOf(body, header(res, "content-encoding"));
    // Unreadable (an unknown encoding): no inline script may run.
    res.setHeader(CSP, hashPolicy(hashes ?? []));
    if (!res.hasHeader("transfer-encoding") && !res.hasHeader("content-length")) res.setHeader("Content-Length", body.length);
    writeHead(res.statusCode, reason);
    return end(body, undefined, cb);
  } as typeof res.end;
}
