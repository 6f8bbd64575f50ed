// A database of one test file's own: migrated, not seeded, with the app's
// modules pointed at it (tests/support/app-database.ts). For tests that change
// the live catalog (which the shared database's catalog tests compare with the
// source) or need to know every row of a table. Import app modules dynamically
// after starting it.
import { inject } from "vitest";
import { createFreshDatabase, startPglite } from "@/scripts/lib/postgres";
import { run } from "@/scripts/lib/run";
import { pointAppAt, type AppDatabase } from "@/tests/support/app-database";

export type PrivateDatabase = { url: string; app: AppDatabase; stop: () => Promise<void> };

export async function startPrivateDatabase(prefix: string): Promise<PrivateDatabase> {
  const database = inject("databaseEmbedded") ? await startPglite() : await createFreshDatabase(inject("databaseUrl"), prefix);
  try {
    await run("prisma", ["migrate", "deploy"], { ...process.env, ...database.env, DATABASE_URL: database.url }, true);
  } catch (error) {
    await database.stop();
    throw error;
  }
  const app = await pointAppAt({ url: database.url });
  return {
    url: database.url,
    app,
    stop: async () => {
      await app.restore();
      await database.stop();
    },
  };
}
