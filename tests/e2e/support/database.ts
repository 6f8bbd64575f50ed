// Direct SQL on the e2e server's database, for what no page or API does yet
// (making a test's own content, reading the audit log). The server writes the
// database URL to DATABASE_FILE when it has prepared it; it is always local.
import { readFileSync } from "node:fs";
import pg from "pg";

export const DATABASE_FILE = "tests/e2e/.auth/database.json";

/** Runs one statement on the e2e database and returns its rows. */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const { url } = JSON.parse(readFileSync(DATABASE_FILE, "utf8")) as { url: string };
  if (!["127.0.0.1", "localhost"].includes(new URL(url).hostname)) throw new Error(`Refusing a non-local e2e database: ${url}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
