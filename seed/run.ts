// `prisma db seed`: imports the roadmap source (SEED_SOURCE: another copy of
// it, e.g. an edited one) and the accounts the environment asks for. Safe to
// run any number of times; prints what the import added, changed and archived.
import { readFileSync } from "node:fs";
import path from "node:path";
import { db, disconnectDb } from "@/lib/db";
import { contentChanged } from "@/lib/catalog/content-changed";
import { formatSummary } from "./import-diff";
import { importRoadmap } from "./import-roadmap";
import { parseRoadmap } from "./parse-roadmap";
import { accountsFromEnv, ensureAccount } from "./users";

export const SOURCE_FILE = path.join(process.cwd(), "seed", "source", "llm-course-2025.txt");

async function main() {
  const roadmap = parseRoadmap(readFileSync(process.env.SEED_SOURCE ?? SOURCE_FILE, "utf8"));
  const summary = await db.$transaction((tx) => importRoadmap(tx, roadmap), { timeout: 120_000, maxWait: 20_000 });
  await contentChanged();
  for (const line of formatSummary(summary)) console.log(line);
  for (const account of accountsFromEnv(process.env)) {
    console.log(`Account ${account.email} (${account.role}): ${await ensureAccount(db, account)}`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
