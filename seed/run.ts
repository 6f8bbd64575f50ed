// `prisma db seed`: imports the roadmap source and the accounts the
// environment asks for. Safe to run any number of times.
import { readFileSync } from "node:fs";
import path from "node:path";
import { db, disconnectDb } from "@/lib/db";
import { importRoadmap } from "./import-roadmap";
import { parseRoadmap } from "./parse-roadmap";
import { accountsFromEnv, ensureAccount } from "./users";

export const SOURCE_FILE = path.join(process.cwd(), "seed", "source", "llm-course-2025.txt");

async function main() {
  const roadmap = parseRoadmap(readFileSync(process.env.SEED_SOURCE ?? SOURCE_FILE, "utf8"));
  const summary = await db.$transaction((tx) => importRoadmap(tx, roadmap), { timeout: 120_000, maxWait: 20_000 });
  const counts = Object.entries(summary).map(([kind, { created, updated }]) => `${kind} +${created} ~${updated}`);
  console.log(`Seeded roadmap: ${counts.join(", ")}`);
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
