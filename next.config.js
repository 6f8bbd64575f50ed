// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and wasm packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg", "pg-boss", "rate-limiter-flexible"],
  // "/" is the static landing page; a request with a session cookie gets the
  // learner's dashboard instead (rendered per request). Only the cookie's
  // presence is tested here: a stale one gets the landing page from /dashboard.
  // `value` is a pattern without named groups on purpose: without it Next
  // captures the cookie as a parameter and adds it to the page's query,
  // which puts the session token into the HTML.
  async rewrites() {
    const signedIn = (cookie) => ({ source: "/", has: [{ type: "cookie", key: cookie, value: ".+" }], destination: "/dashboard" });
    return { beforeFiles: [signedIn("authjs.session-token"), signedIn("__Secure-authjs.session-token")] };
  },
  // Security headers: scripts/server.ts (lib/http/secure-response.ts); proxy.ts under next dev.
};

module.exports = nextConfig;
