// `npm run build`: the production build. The catalog pages are static, so the
// build reads the catalog: from DATABASE_URL when set (migrated), else from a
// throwaway embedded PGlite it migrates and seeds (the Docker image's build
// stage has no database). Pages built from another database are revalidated
// when the app first reads the content version (lib/catalog/version.ts).
import { buildEnv } from "./lib/build";
import { startPglite } from "./lib/postgres";
import { migrateAndSeed, run } from "./lib/run";

async function main() {
  if (process.env.DATABASE_URL) {
    await run("next", ["build"], buildEnv(process.env));
    return;
  }
  console.log("No DATABASE_URL: building from a throwaway embedded database with the seed's catalog.");
  const database = await startPglite();
  try {
    await migrateAndSeed(database.url, database.env, true);
    await run("next", ["build"], buildEnv({ ...process.env, ...database.env, DATABASE_URL: database.url }));
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
