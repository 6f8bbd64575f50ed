// Next's proxy (once "middleware"), for `next dev` only: a fresh nonce on each
// page request, in a Content-Security-Policy request header (Next reads the
// nonce there and writes it on every script of the page) and on the response.
// Dev renders every page per request, so every page carries the nonce.
//
// Under scripts/server.ts (npm start, the e2e server, the benchmark,
// production) the server does this itself, and more: static pages get the
// hashes of their inline scripts (lib/http/secure-response.ts). It stamps
// `x-nonce` on every request, so this proxy is skipped by its matcher: a proxy
// invocation on every page request cost a static page about a third of its
// throughput.
import { NextResponse, type NextRequest } from "next/server";
import { baseHeaders, CSP, NONCE_HEADER, newNonce, noncePolicy } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = noncePolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(CSP, policy);
  requestHeaders.set(NONCE_HEADER, nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(CSP, policy);
  for (const [name, value] of Object.entries(baseHeaders({ https: false }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not API routes, Next's static files or the icon; not router prefetches (no document is made
      // from them); not requests scripts/server.ts has already given a nonce.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "x-nonce" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
