import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createCliAdapter } from "./prisma/cli-adapter";
import "./prisma/unref-engine-timers";

// With a config file Prisma no longer reads .env itself.
if (existsSync(".env")) process.loadEnvFile(".env");

// `prisma generate` needs a loadable schema even where no database is
// configured (npm install on a fresh machine); without one it silently falls
// back to the native engine and tries to download it. generate never connects.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/waypoint_placeholder";
const databaseUrl = process.env.DATABASE_URL;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => createCliAdapter(databaseUrl),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx seed/run.ts",
  },
});
