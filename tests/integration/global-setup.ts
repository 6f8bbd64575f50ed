// Vitest globalSetup for the integration project: one fresh database per run
// (on DATABASE_URL's server when set, else an in-memory PGlite child process),
// migrated and seeded once, then handed to every test file via `inject`.
import type { TestProject } from "vitest/node";
import { startTestDatabase } from "@/scripts/lib/postgres";
import { migrateAndSeed } from "@/scripts/lib/run";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** True when the database is the in-memory PGlite (no DATABASE_URL given). */
    databaseEmbedded: boolean;
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase("waypoint_it");
  try {
    // Seed only the roadmap: accounts from the caller's shell must not leak in.
    await migrateAndSeed(
      database.url,
      { ...database.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined, DEMO_EMAIL: undefined, DEMO_PASSWORD: undefined, SEED_SOURCE: undefined },
      true,
    );
  } catch (error) {
    await database.stop();
    throw error;
  }
  project.provide("databaseUrl", database.url);
  project.provide("databaseEmbedded", database.embedded);
  return async () => {
    await database.stop();
  };
}
