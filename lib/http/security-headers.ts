// The security headers every response carries, and the Content-Security-Policy
// of each kind of response, applied by scripts/server.ts through
// lib/http/secure-response.ts (and by proxy.ts under `next dev`): pages
// rendered per request get a nonce, which Next writes on its own scripts;
// HTML not rendered for this request — prerendered, regenerated, or from a
// route handler — gets the sha256 hashes of its inline scripts, computed from
// the body actually sent. No per-page list: what a response is decides its
// policy. See README "Security headers".
import { createHash } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

export const CSP = "Content-Security-Policy";

/**
 * Directives that every policy ends with, pages and everything else alike:
 * no framing by anyone, no plugins, no <base> rewriting relative URLs.
 */
const LOCKDOWN = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];

/**
 * Everything that is not an HTML page (API JSON, CSV, scripts, styles,
 * images, errors): nothing may load or run if it is ever opened as a document.
 */
export const NON_DOCUMENT_POLICY = ["default-src 'none'", ...LOCKDOWN, "form-action 'none'"].join("; ");

/**
 * The rest of a page's policy. Styles: Next and Tailwind ship stylesheets
 * only ('self'); React server-renders `style` attributes (progress bars), and
 * Radix dialogs insert a <style> element when they open to lock scrolling,
 * so inline styles are allowed. That costs little: img-src, font-src and
 * connect-src stay 'self', so injected CSS cannot send anything elsewhere.
 */
function pagePolicy(scriptSrc: string[], dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src ${[...scriptSrc, ...(dev ? ["'unsafe-eval'"] : [])].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    ...LOCKDOWN,
  ].join("; ");
}

/**
 * A page rendered for this request: Next puts `nonce` on every script it
 * writes, and 'strict-dynamic' trusts what those scripts load. 'self' and
 * 'unsafe-inline' are for browsers without CSP 2 / 3 only: a browser that
 * knows nonces ignores 'unsafe-inline', one that knows 'strict-dynamic'
 * ignores 'self'.
 */
export function noncePolicy(nonce: string, { dev = false } = {}): string {
  return pagePolicy([`'nonce-${nonce}'`, "'strict-dynamic'", "'self'", "'unsafe-inline'"], dev);
}

/**
 * A page not rendered for this request (prerendered, regenerated, or HTML
 * from a route handler): its inline scripts by hash, its script files from
 * our own origin. 'unsafe-inline' only beside at least one hash (which makes
 * browsers that know hashes ignore it); without inline scripts, none run.
 */
export function hashPolicy(hashes: readonly string[], { dev = false } = {}): string {
  const inline = hashes.length > 0 ? [...hashes.map((hash) => `'${hash}'`), "'unsafe-inline'"] : [];
  return pagePolicy(["'self'", ...inline], dev);
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The nonce a policy allows scripts by, if any. */
export function nonceOf(policy: string | undefined): string | undefined {
  return policy?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/)?.[1];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const JS_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/**
 * The CSP sources ("sha256-…") of every inline script in `html` that a
 * browser would run: <script> elements without src, of a JavaScript type
 * (data blocks such as application/json never run). The hash is over the
 * element's text exactly as written (script text is raw: no entities).
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/(?:^|\s)src\s*=/i.test(attributes!)) continue;
    const type = attributes!.match(/(?:^|\s)type\s*=\s*["']?([^"'\s>]*)/i)?.[1]?.toLowerCase() ?? "";
    if (!JS_TYPES.has(type)) continue;
    hashes.add(`sha256-${createHash("sha256").update(text!, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** The body as text, undoing Content-Encoding; null when the encoding is unknown. */
export function decodeBody(body: Buffer, contentEncoding: string | undefined): string | null {
  const encoding = (contentEncoding ?? "identity").trim().toLowerCase();
  if (encoding === "identity" || encoding === "") return body.toString("utf8");
  if (encoding === "gzip" || encoding === "x-gzip") return gunzipSync(body).toString("utf8");
  if (encoding === "br") return brotliDecompressSync(body).toString("utf8");
  if (encoding === "deflate") return inflateSync(body).toString("utf8");
  return null;
}

/**
 * The headers every response carries. HSTS only over HTTPS (a browser
 * ignores it over HTTP, and it would pin a host that has no HTTPS).
 */
export function baseHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Where the nonce of a request is stamped (and Next's docs read it from: `headers().get("x-nonce")`). */
export const NONCE_HEADER = "x-nonce";

/**
 * What a response is, for its policy: not a document (anything but HTML);
 * a page rendered for this request (HTML with Cache-Control no-store, Next's
 * mark of a dynamic render, which wrote the request's nonce on its scripts;
 * never under /api/, where route handlers write their own HTML); or a static
 * document (any other HTML: prerendered, regenerated, or a route handler's),
 * whose scripts are allowed by hash.
 */
export function documentKind({ path, contentType, cacheControl }: { path: string; contentType?: string; cacheControl?: string }): "none" | "rendered" | "static" {
  if (!/^\s*text\/html\b/i.test(contentType ?? "")) return "none";
  const renderedNow = /\bno-store\b/i.test(cacheControl ?? "");
  return renderedNow && !path.startsWith("/api/") ? "rendered" : "static";
}

/** Hash lists by body digest: a static page's body repeats until it is regenerated. */
export class HashCache {
  private readonly entries = new Map<string, string[]>();
  constructor(private readonly limit = 256) {}

  /** The inline-script hashes of `body` (as sent, with `contentEncoding`), or null when it cannot be read. */
  hashesOf(body: Buffer, contentEncoding: string | undefined): string[] | null {
    const key = `${contentEncoding ?? ""}:${createHash("sha256").update(body).digest("base64")}`;
    const known = this.entries.get(key);
    if (known) return known;
    let html: string | null;
    try {
      html = decodeBody(body, contentEncoding);
    } catch {
      html = null;
    }
    if (html === null) return null;
    const hashes = inlineScriptHashes(html);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, hashes);
    return hashes;
  }
}
