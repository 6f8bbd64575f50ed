// A database of one test file's own, migrated and optionally seeded with the
// roadmap, with the app's modules pointed at it (tests/support/app-database.ts):
// for tests that change the live catalog (archive a seeded topic, reorder
// tracks, re-import an edited source), count admins, or need to know every
// row of a table — all of which would disturb the files sharing the run's
// database. Import app modules dynamically after it has started.
import { afterAll, beforeAll, inject } from "vitest";
import { createFreshDatabase, startPglite } from "@/scripts/lib/postgres";
import { run } from "@/scripts/lib/run";
import { pointAppAt, type AppDatabase } from "@/tests/support/app-database";

export type StartedDatabase = { url: string; app: AppDatabase; stop: () => Promise<void> };

/** Makes, migrates (and with `seed`, imports the roadmap into) a database, and switches the app to it. */
export async function startPrivateDatabase(prefix: string, { seed = false } = {}): Promise<StartedDatabase> {
  const database = inject("databaseEmbedded") ? await startPglite() : await createFreshDatabase(inject("databaseUrl"), prefix);
  let app: AppDatabase | undefined;
  try {
    await run("prisma", ["migrate", "deploy"], { ...process.env, ...database.env, DATABASE_URL: database.url }, true);
    app = await pointAppAt({ url: database.url });
    if (seed) {
      const { importRoadmap } = await import("@/seed/import-roadmap");
      const { roadmap } = await import("@/tests/support/roadmap");
      await app.dbModule.db.$transaction((tx) => importRoadmap(tx, roadmap), { timeout: 120_000, maxWait: 20_000 });
    }
  } catch (error) {
    await app?.restore();
    await database.stop();
    throw error;
  }
  const switched = app;
  return {
    url: database.url,
    app: switched,
    stop: async () => {
      await switched.restore();
      await database.stop();
    },
  };
}

export type PrivateDatabase = { database?: { url: string }; app?: AppDatabase };

/** Registers beforeAll/afterAll hooks that make, switch to, and drop a seeded (by default) private database. */
export function usePrivateDatabase(prefix: string, { seed = true } = {}): PrivateDatabase {
  const state: PrivateDatabase = {};
  let started: StartedDatabase | undefined;
  beforeAll(async () => {
    started = await startPrivateDatabase(prefix, { seed });
    state.database = { url: started.url };
    state.app = started.app;
  }, 180_000);
  afterAll(async () => {
    await started?.stop();
  });
  return state;
}
