// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and wasm packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg", "pg-boss", "rate-limiter-flexible"],
  // Security headers: scripts/server.ts (lib/http/secure-response.ts); proxy.ts under next dev.
};

module.exports = nextConfig;
