// @ts-check

const isDev = process.env.NODE_ENV !== "production";

// Next's inline bootstrap scripts need 'unsafe-inline' without a nonce; the
// rest is locked to our own origin. Dev mode also needs 'unsafe-eval'.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
