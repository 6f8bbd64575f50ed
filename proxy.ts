// Next's proxy (once "middleware"): gives every page request a fresh nonce.
// The Content-Security-Policy on the request tells Next the nonce, which it
// puts on every script of a page rendered for this request; the same policy
// goes on the response. A prerendered page cannot carry a per-request nonce:
// scripts/server.ts swaps its policy for one with the hashes of its inline
// scripts (lib/http/secure-response.ts). API routes and static files get
// their headers there too, so they are not matched here.
import { NextResponse, type NextRequest } from "next/server";
import { baseHeaders, CSP, newNonce, noncePolicy } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = noncePolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(CSP, policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(CSP, policy);
  // scripts/server.ts sets these on every response; here for `next dev` too (HSTS is the server's call).
  for (const [name, value] of Object.entries(baseHeaders({ https: false }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Not API routes, Next's static files, or the icon; not router prefetches (no document is made from them).
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
