import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: `unit` runs pure code; `integration` runs route handlers and
// data functions against a real PostgreSQL (a fresh database per run, made by
// tests/integration/global-setup.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // `server-only` throws outside React Server bundles; the guard is for
      // Next's bundler, so tests load it as an empty module.
      "server-only": `${root}tests/support/empty-module.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // next-auth's ESM imports "next/server" without an extension, which
          // Node's own resolver refuses; letting Vite transform it resolves it.
          server: { deps: { inline: ["next-auth"] } },
          setupFiles: ["tests/integration/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Files share one database; each makes its own users, so they may run in parallel.
          fileParallelism: true,
        },
      },
    ],
  },
});
