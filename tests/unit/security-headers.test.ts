import { createHash } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secureResponse, servedOverHttps } from "@/lib/http/secure-response";
import {
  baseHeaders,
  decodeBody,
  hashPolicy,
  HashCache,
  inlineScriptHashes,
  documentKind,
  newNonce,
  NON_DOCUMENT_POLICY,
  nonceOf,
  noncePolicy,
} from "@/lib/http/security-headers";

const sha = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

const PAGE = [
  "<!DOCTYPE html><html><head>",
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({"x":1})</script>',
  "</head><body><p>héllo</p>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script nonce="stale">self.__next_f.push([1,"é \\u003c/script"])</script>',
  '<script type="application/json" id="data">{"a":1}</script>',
  '<script type="module">import "/x.js"</script>',
  "<SCRIPT>upper()</SCRIPT >",
  "</body></html>",
].join("");

describe("inlineScriptHashes", () => {
  it("hashes every inline JavaScript script's text as written, skipping src and data blocks", () => {
    expect(inlineScriptHashes(PAGE).sort()).toEqual(
      [
        sha('(globalThis.TURBOPACK||[]).push({"x":1})'),
        sha("(self.__next_f=self.__next_f||[]).push([0])"),
        sha('self.__next_f.push([1,"é \\u003c/script"])'),
        sha('import "/x.js"'),
        sha("upper()"),
      ].sort(),
    );
  });

  it("finds nothing in a page without inline scripts, and lists a repeated script once", () => {
    expect(inlineScriptHashes('<script src="/a.js"></script><p>x</p>')).toEqual([]);
    expect(inlineScriptHashes("<script>a()</script><script>a()</script>")).toEqual([sha("a()")]);
  });
});

describe("policies", () => {
  it("a per-request page: the nonce with 'strict-dynamic', 'self' and 'unsafe-inline' only as old-browser fallbacks", () => {
    const policy = noncePolicy("abc123==");
    expect(directive(policy, "script-src")).toBe("script-src 'nonce-abc123==' 'strict-dynamic' 'self' 'unsafe-inline'");
    expect(nonceOf(policy)).toBe("abc123==");
    expect(policy).not.toContain("unsafe-eval");
    expect(noncePolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("a static page: its hashes, and 'unsafe-inline' only beside at least one hash", () => {
    expect(directive(hashPolicy(["sha256-AAA="]), "script-src")).toBe("script-src 'self' 'sha256-AAA=' 'unsafe-inline'");
    expect(directive(hashPolicy([]), "script-src")).toBe("script-src 'self'");
    expect(nonceOf(hashPolicy(["sha256-AAA="]))).toBeUndefined();
  });

  it("every policy forbids framing, plugins and <base>", () => {
    for (const policy of [noncePolicy("n"), hashPolicy([]), NON_DOCUMENT_POLICY]) {
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
    }
    expect(NON_DOCUMENT_POLICY).toContain("default-src 'none'");
  });

  it("nonces are fresh, 128-bit, base64", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("HSTS only over HTTPS", () => {
    expect(baseHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(baseHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(baseHeaders({ https: false })).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
  });
});

describe("documentKind", () => {
  const html = "text/html; charset=utf-8";
  it("a page rendered for this request: HTML with no-store, outside /api/", () => {
    expect(documentKind({ path: "/settings", contentType: html, cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe("rendered");
  });
  it("static: prerendered or regenerated HTML, and any HTML a route handler under /api/ writes", () => {
    expect(documentKind({ path: "/tracks", contentType: html, cacheControl: "s-maxage=31536000" })).toBe("static");
    expect(documentKind({ path: "/tracks", contentType: html })).toBe("static");
    expect(documentKind({ path: "/api/auth/error", contentType: html, cacheControl: "no-store" })).toBe("static");
  });
  it("not a document: anything but HTML", () => {
    for (const contentType of ["application/json", "text/css", "text/x-component", undefined]) {
      expect(documentKind({ path: "/", contentType, cacheControl: "no-store" })).toBe("none");
    }
  });
});

describe("decodeBody and HashCache", () => {
  it("reads identity, gzip and brotli bodies; refuses unknown encodings", () => {
    expect(decodeBody(Buffer.from("é"), undefined)).toBe("é");
    expect(decodeBody(gzipSync("é"), "gzip")).toBe("é");
    expect(decodeBody(brotliCompressSync("é"), "br")).toBe("é");
    expect(decodeBody(Buffer.from("x"), "zstd")).toBeNull();
  });
  it("hashes a body once, and a changed body again", () => {
    const cache = new HashCache(2);
    const first = cache.hashesOf(gzipSync("<script>a()</script>"), "gzip");
    expect(first).toEqual([sha("a()")]);
    expect(cache.hashesOf(gzipSync("<script>a()</script>"), "gzip")).toBe(first);
    expect(cache.hashesOf(Buffer.from("<script>b()</script>"), undefined)).toEqual([sha("b()")]);
    expect(cache.hashesOf(Buffer.from("not gzip"), "gzip")).toBeNull();
  });
});

describe("servedOverHttps", () => {
  const req = (headers: Record<string, string>, encrypted = false) => ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;
  it("trusts a TLS socket, X-Forwarded-Proto (which only survives from a trusted proxy) or an https APP_URL", () => {
    expect(servedOverHttps(req({}, true), undefined)).toBe(true);
    expect(servedOverHttps(req({ "x-forwarded-proto": "https" }), undefined)).toBe(true);
    expect(servedOverHttps(req({ "x-forwarded-proto": "http" }), "https://waypoint.example")).toBe(false);
    expect(servedOverHttps(req({}), "https://waypoint.example")).toBe(true);
    expect(servedOverHttps(req({}), "http://localhost:3000")).toBe(false);
  });
});

describe("secureResponse on a real server", () => {
  type Handler = (req: IncomingMessage, res: http.ServerResponse) => void;
  const routes = new Map<string, Handler>();
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      secureResponse(req, res, { cache: new HashCache(), https: req.headers["x-test-https"] === "1" });
      routes.get(new URL(req.url!, "http://x").pathname)!(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const html = "<html><body><script>go()</script></body></html>";
  routes.set("/static", (_req, res) => {
    res.setHeader("Cache-Control", "s-maxage=31536000");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(html);
  });
  routes.set("/static-gzip-chunks", (_req, res) => {
    const body = gzipSync(html);
    res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
    res.write(body.subarray(0, 10));
    res.write(body.subarray(10), () => res.end());
  });
  // As Next renders a dynamic page: the nonce from the request's policy on its scripts.
  routes.set("/dynamic", (req, res) => {
    const nonce = nonceOf(String(req.headers["content-security-policy"]));
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html");
    res.write(`<script nonce="${nonce}">a()</script>`);
    res.end(`<p>${req.headers["x-nonce"]}</p>`);
  });
  routes.set("/api/html", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "cache-control": "no-store" }).end(html);
  });
  routes.set("/api", (_req, res) => {
    res.writeHead(201, { "content-type": "application/json" }).end("{}");
  });
  routes.set("/not-modified", (_req, res) => {
    res.writeHead(304).end();
  });

  it("a prerendered page leaves with the hashes of its own scripts", async () => {
    const response = await fetch(`${base}/static`);
    expect(response.headers.get("content-security-policy")).toBe(hashPolicy([sha("go()")]));
    expect(await response.text()).toBe(html);
  });

  it("a HEAD request for it gets a policy that allows no inline script", async () => {
    const response = await fetch(`${base}/static`, { method: "HEAD" });
    expect(response.headers.get("content-security-policy")).toBe(hashPolicy([]));
  });

  it("works on a compressed body written in pieces", async () => {
    const response = await fetch(`${base}/static-gzip-chunks`);
    expect(response.headers.get("content-security-policy")).toBe(hashPolicy([sha("go()")]));
    expect(await response.text()).toBe(html);
  });

  it("a page rendered for this request gets the policy with the nonce the request carried, fresh each time, and keeps its status", async () => {
    const policies = [];
    for (let n = 0; n < 2; n++) {
      const response = await fetch(`${base}/dynamic`, { headers: { "content-security-policy": "script-src 'nonce-chosenbyclient'", "x-nonce": "chosenbyclient" } });
      expect(response.status).toBe(404);
      const body = await response.text();
      const nonce = body.match(/nonce="([^"]+)"/)![1]!;
      expect(nonce).not.toBe("chosenbyclient");
      expect(body).toContain(`<p>${nonce}</p>`);
      expect(response.headers.get("content-security-policy")).toBe(noncePolicy(nonce));
      policies.push(nonce);
    }
    expect(policies[0]).not.toBe(policies[1]);
  });

  it("HTML from a route handler under /api/ is hashed even when it is not cached", async () => {
    const response = await fetch(`${base}/api/html`);
    expect(response.headers.get("content-security-policy")).toBe(hashPolicy([sha("go()")]));
  });

  it("everything else gets the non-document policy and the base headers; HSTS only over HTTPS", async () => {
    const response = await fetch(`${base}/api`);
    expect(response.status).toBe(201);
    expect(response.headers.get("content-security-policy")).toBe(NON_DOCUMENT_POLICY);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(response.headers.get("strict-transport-security")).toBeNull();
    const https = await fetch(`${base}/api`, { headers: { "x-test-https": "1" } });
    expect(https.headers.get("strict-transport-security")).toMatch(/^max-age=/);
  });

  it("a 304 carries no policy, so the browser keeps the one stored with the body", async () => {
    const response = await fetch(`${base}/not-modified`);
    expect(response.status).toBe(304);
    expect(response.headers.get("content-security-policy")).toBeNull();
  });
});
