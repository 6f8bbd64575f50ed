// A database of the test file's own, migrated and (by default) seeded with the
// roadmap: for tests that edit the catalog (archive a seeded topic, reorder
// tracks, re-import an edited source) or count admins, which would break the
// other files that share the run's database. The app's modules are switched to
// it (tests/support/app-database.ts): import them dynamically after beforeAll.
import { afterAll, beforeAll, inject } from "vitest";
import { createFreshDatabase, startPglite, type Database } from "@/scripts/lib/postgres";
import { run } from "@/scripts/lib/run";
import { pointAppAt, type AppDatabase } from "@/tests/support/app-database";

export type PrivateDatabase = { database?: Database; app?: AppDatabase };

/** Registers beforeAll/afterAll hooks that make, switch to, and drop a private database. */
export function usePrivateDatabase(prefix: string, { seed = true } = {}): PrivateDatabase {
  const state: PrivateDatabase = {};
  beforeAll(async () => {
    state.database = inject("databaseEmbedded") ? await startPglite() : await createFreshDatabase(inject("databaseUrl"), prefix);
    await run("prisma", ["migrate", "deploy"], { ...process.env, DATABASE_URL: state.database.url }, true);
    state.app = await pointAppAt({ url: state.database.url });
    if (seed) {
      const { importRoadmap } = await import("@/seed/import-roadmap");
      const { roadmap } = await import("@/tests/support/roadmap");
      await state.app.dbModule.db.$transaction((tx) => importRoadmap(tx, roadmap), { timeout: 120_000, maxWait: 20_000 });
    }
  }, 180_000);
  afterAll(async () => {
    await state.app?.restore();
    await state.database?.stop();
  });
  return state;
}
