// A topic of the e2e specs' own ("E2E sandbox", at the end of the LLM Engineer
// track), made by sandbox.setup.ts before any spec runs, so specs that change
// resources (fix a URL, mark one broken) never touch seeded content and never
// change catalog counts while other specs read them. Each journey claims a
// resource of its own with claimSandboxResource().
import { sql } from "./database";

export const SANDBOX_TOPIC = "e2e-sandbox";
export const SANDBOX_RESOURCES = 16;
/** The sandbox resource whose latest check says BROKEN (the learner's "reported broken" mark). */
export const BROKEN_SANDBOX_TITLE = "Sandbox resource 00";
export const sandboxUrl = (n: number) => `http://127.0.0.1:9/e2e-sandbox/${n}`;

export type SandboxResource = { id: string; title: string; url: string };

/** Takes an unused sandbox resource for this test run (marked in `source_title`, which no page shows). */
export async function claimSandboxResource(claim: string): Promise<SandboxResource> {
  const [resource] = await sql<SandboxResource>(
    `UPDATE resources SET source_title = $1
      WHERE id = (SELECT r.id FROM resources r JOIN topics t ON t.id = r.topic_id
                   WHERE t.slug = $2 AND r.source_title IS NULL AND r.title <> $3
                   ORDER BY r.position LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, title, url`,
    [claim, SANDBOX_TOPIC, BROKEN_SANDBOX_TITLE],
  );
  if (!resource) throw new Error(`No unclaimed sandbox resource left (${SANDBOX_RESOURCES} made by sandbox.setup.ts)`);
  return resource;
}
