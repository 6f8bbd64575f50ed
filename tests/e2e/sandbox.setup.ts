import { randomUUID } from "node:crypto";
import { expect, test as setup } from "@playwright/test";
import { sql } from "./support/database";
import { SANDBOX_RESOURCES, SANDBOX_TOPIC, sandboxUrl } from "./support/sandbox";

// Ids as the app makes them: 20–40 lower-case letters and digits.
const newId = () => randomUUID().replaceAll("-", "");

setup("make the specs' sandbox topic", async ({ request }) => {
  const made = await sql(
    `INSERT INTO topics (id, track_id, slug, number, title, intro, position, updated_at)
     SELECT $1, t.id, $2, 99, 'E2E sandbox', 'A topic the browser tests make for themselves.', 1000, now()
       FROM tracks t WHERE t.slug = 'the-llm-engineer'
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [newId(), SANDBOX_TOPIC],
  );
  if (made.length === 0) return; // a repeated setup (--repeat-each) made it already
  const topicId = made[0]!.id as string;
  for (let n = 0; n < SANDBOX_RESOURCES; n++) {
    await sql(
      `INSERT INTO resources (id, topic_id, title, url, kind, position, updated_at) VALUES ($1, $2, $3, $4, 'ARTICLE', $5, now())`,
      [newId(), topicId, `Sandbox resource ${String(n).padStart(2, "0")}`, sandboxUrl(n), n],
    );
  }
  // As a link-check run would leave it: the first resource's link answered 404.
  await sql(
    `INSERT INTO link_checks (url, outcome, http_status, final_url, error, ms, checked_at) VALUES ($1, 'BROKEN', 404, $1, 'HTTP 404', 12, now())`,
    [sandboxUrl(0)],
  );
  // Content written behind the app's back, as another instance would: move the content version, and wait until
  // the static track page shows the topic (the app reads the version from its route handlers, at most every 2 s).
  await sql(`UPDATE content_version SET version = version + 1 WHERE id = 1`, []);
  await expect
    .poll(async () => {
      await request.get("/api/tracks");
      return (await (await request.get("/tracks/the-llm-engineer")).text()).includes("E2E sandbox");
    })
    .toBe(true);
});
