// GET /api/search on a private database (it adds and archives content of its
// own): ranking (title above body), prefix matching as you type, archived
// content excluded, highlights, statuses for a signed-in learner, and the 422s.
// Runs on PostgreSQL and, without DATABASE_URL, on the embedded PGlite.
import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { usePrivateDatabase } from "@/tests/support/private-database";

usePrivateDatabase("waypoint_search");

type Item = {
  type: "topic" | "keyPoint" | "resource";
  title: string;
  snippet: string;
  highlights: { title: [number, number][]; snippet: [number, number][] };
  topic: { slug: string; title: string };
  href: string;
  url?: string;
  status?: string;
};

let db: typeof import("@/lib/db").db;
let search: (query: string, cookie?: string) => Promise<{ status: number; body: unknown }>;
let learner: { id: string; cookie: string };

/** A word no roadmap text contains: letters only, fresh per run. */
const word = () => Array.from({ length: 9 }, () => "bcdfghjklmnpqrstvwxz"[randomInt(20)]).join("");
const W = { rare: word(), archived: word(), kp: word() };
let trackId: string;

beforeAll(async () => {
  ({ db } = await import("@/lib/db"));
  const { GET } = await import("@/app/api/search/route");
  const { callRoute } = await import("@/tests/support/http");
  const { createUser, sessionCookie } = await import("@/tests/factories");
  search = (query, cookie) => callRoute(GET, `/api/search?${query}`, { cookie });
  const user = await createUser();
  learner = { id: user.id, cookie: await sessionCookie(user) };

  const track = await db.track.create({ data: { slug: `search-${W.rare}`, title: "Search sandbox", summary: "For tests.", position: 100 } });
  trackId = track.id;
  const topic = (slug: string, title: string, intro: string, position: number, status: "ACTIVE" | "ARCHIVED" = "ACTIVE") =>
    db.topic.create({ data: { trackId, slug, number: position, title, intro, position, status } });
  // The rare word in one topic's title, and several times in another's body.
  await topic(`body-${W.rare}`, "Body mentions only", `All about ${W.rare}. More ${W.rare}, and [${W.rare} again](https://example.com/${W.rare}).`, 1);
  const titled = await topic(`title-${W.rare}`, `${W.rare} fundamentals`, "An introduction.", 2);
  await topic(`archived-${W.archived}`, `${W.archived} archived topic`, "Hidden.", 3, "ARCHIVED");
  await db.keyPoint.create({ data: { topicId: titled.id, key: "kp", title: `Why ${W.kp}transformers matter`, text: "Attention.", position: 0 } });
  await db.keyPoint.create({ data: { topicId: titled.id, key: "kp-archived", title: `${W.archived} key point`, text: "Gone.", position: 1, status: "ARCHIVED" } });
  await db.resource.create({
    data: { topicId: titled.id, title: `${W.archived} resource`, url: "https://example.com/r", kind: "ARTICLE", position: 0, status: "ARCHIVED" },
  });
  await db.resource.create({
    data: { topicId: titled.id, title: "A guide", url: `https://example.com/${W.kp}`, kind: "ARTICLE", author: "Ann Author", note: `Covers ${W.kp}transformers in depth.`, position: 1 },
  });
});

const items = (res: { body: unknown }) => (res.body as { items: Item[] }).items;
const highlighted = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe("GET /api/search", () => {
  it("ranks a title match above body matches, and highlights the matches", async () => {
    const res = await search(`q=${W.rare}`);
    expect(res.status).toBe(200);
    const found = items(res);
    expect(found.map((i) => [i.type, i.topic.slug])).toStrictEqual([
      ["topic", `title-${W.rare}`],
      ["topic", `body-${W.rare}`],
    ]);
    const [title, body] = found as [Item, Item];
    expect(title).toMatchObject({ title: `${W.rare} fundamentals`, href: `/topics/title-${W.rare}`, topic: { slug: `title-${W.rare}`, title: `${W.rare} fundamentals` } });
    expect(highlighted(title.title, title.highlights.title)).toStrictEqual([W.rare]);
    // The body's Markdown is plain text in the snippet (the link is its label), every match marked.
    expect(body.snippet).toBe(`All about ${W.rare}. More ${W.rare}, and ${W.rare} again.`);
    expect(highlighted(body.snippet, body.highlights.snippet)).toStrictEqual([W.rare, W.rare, W.rare]);
    expect(title).not.toHaveProperty("status");
  });

  it("matches the last word as a prefix while typing, and the earlier words in full", async () => {
    const partial = W.kp + "transf";
    const res = await search(`q=${encodeURIComponent(`matters ${partial}`)}`);
    expect(res.status).toBe(200);
    expect(items(res).map((i) => [i.type, i.title])).toStrictEqual([["keyPoint", `Why ${W.kp}transformers matter`]]);
    expect(items(res)[0]).toMatchObject({ href: `/topics/title-${W.rare}#key-points` });

    const res2 = await search(`q=${partial}`);
    expect(items(res2).map((i) => [i.type, i.title])).toStrictEqual([
      ["keyPoint", `Why ${W.kp}transformers matter`],
      ["resource", "A guide"],
    ]);
    const resource = items(res2)[1]!;
    expect(resource).toMatchObject({ url: `https://example.com/${W.kp}`, href: `/topics/title-${W.rare}#resources` });
    expect(highlighted(resource.snippet, resource.highlights.snippet)).toStrictEqual([`${W.kp}transformers`]);
  });

  it("never returns archived topics, key points or resources, nor anything of an archived track", async () => {
    expect(items(await search(`q=${W.archived}`))).toStrictEqual([]);
    await db.track.update({ where: { id: trackId }, data: { status: "ARCHIVED" } });
    try {
      expect(items(await search(`q=${W.rare}`))).toStrictEqual([]);
    } finally {
      await db.track.update({ where: { id: trackId }, data: { status: "ACTIVE" } });
    }
  });

  it("finds the seeded roadmap by stemmed words (plural finds singular)", async () => {
    const res = await search("q=neural%20networks&limit=5");
    expect(res.status).toBe(200);
    const found = items(res);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found[0]).toMatchObject({ type: "topic", title: expect.stringMatching(/neural network/i) });
  });

  it("shows the signed-in learner's status on each item's topic", async () => {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: `title-${W.rare}` } });
    await db.topicProgress.create({ data: { userId: learner.id, topicId: topic.id, status: "IN_PROGRESS" } });
    const found = items(await search(`q=${W.rare}`, learner.cookie));
    expect(found.map((i) => [i.topic.slug, i.status])).toStrictEqual([
      [`title-${W.rare}`, "IN_PROGRESS"],
      [`body-${W.rare}`, "NOT_STARTED"],
    ]);
  });

  it("treats operators and punctuation as plain words, never as tsquery syntax", async () => {
    for (const q of ["a & | ! ( ) : * <->", "'; DROP TABLE topics; --", `"${W.rare}" -x`, "!!"]) {
      const res = await search(`q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    expect(items(await search(`q=${encodeURIComponent(`"${W.rare}"`)}`)).length).toBe(2);
  });

  it("refuses an empty, 1-character or over-200-character query and a bad limit with 422", async () => {
    const invalid = (message: string) => ({ error: { code: "validation_failed", message } });
    expect(await search("q=")).toMatchObject({ status: 422, body: invalid("q: Type at least 2 characters to search") });
    expect(await search("q=%20a%20")).toMatchObject({ status: 422, body: invalid("q: Type at least 2 characters to search") });
    expect(await search("")).toMatchObject({ status: 422 });
    expect(await search(`q=${"a".repeat(201)}`)).toMatchObject({ status: 422, body: invalid("q: A search can be at most 200 characters") });
    expect((await search(`q=${"a".repeat(200)}`)).status).toBe(200);
    expect(await search("q=ab%00cd")).toMatchObject({ status: 422, body: { error: { code: "validation_failed", message: expect.stringMatching(/NUL/) } } });
    for (const limit of ["0", "51", "x", "1.5"]) expect((await search(`q=${W.rare}&limit=${limit}`)).status, limit).toBe(422);
    expect(items(await search(`q=${W.rare}&limit=1`)).length).toBe(1);
  });
});
