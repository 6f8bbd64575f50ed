// Security headers on every response scripts/server.ts sends (see
// lib/http/security-headers.ts for the policies). Before Next sees the
// request, it gets a fresh nonce in a Content-Security-Policy request header
// (over anything the client sent): Next reads the nonce from there and writes
// it on every script of a page it renders for this request. The response gets
// the headers every response carries and the non-document policy. When its
// headers go out, a page rendered for this request gets the nonce policy and
// streams through; any other HTML is held back whole (a prerendered page is
// one buffer anyway), its inline scripts are hashed from the body exactly as
// sent (compressed or not; cached by body digest) and it leaves with the hash
// policy. Done here rather than in Next's proxy: a proxy runs on every page
// request, static ones included, and cost a static page about a third of its
// throughput.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { baseHeaders, CSP, documentKind, hashPolicy, HashCache, newNonce, NON_DOCUMENT_POLICY, NONCE_HEADER, noncePolicy } from "./security-headers";

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

/** Stamps a nonce on `req` and sets the headers and the right policy on `res`. Call before handing them to Next. */
export function secureResponse(req: IncomingMessage, res: ServerResponse, { cache, https }: { cache: HashCache; https: boolean }) {
  const nonce = newNonce();
  req.headers["content-security-policy"] = noncePolicy(nonce);
  req.headers[NONCE_HEADER] = nonce;
  delete req.headers["content-security-policy-report-only"];
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
    const kind = documentKind({ path: req.url ?? "/", contentType: header(res, "content-type"), cacheControl: header(res, "cache-control") });
    if (kind === "none") return (mode = "pass");
    if (kind === "rendered") {
      res.setHeader(CSP, noncePolicy(nonce));
      return (mode = "pass");
    }
    if (req.method !== "HEAD") return (mode = "hold");
    // A HEAD answer has no body, so no script to allow.
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
