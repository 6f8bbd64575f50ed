import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { GET as listTracks } from "@/app/api/tracks/route";
import { GET as getTrack } from "@/app/api/tracks/[slug]/route";
import { GET as getTopic } from "@/app/api/topics/[slug]/route";
import { db } from "@/lib/db";
import { DEFAULT_EFFORT_MINUTES } from "@/lib/catalog/effort";
import { roadmap, seedKey, sourceTopics } from "@/tests/support/roadmap";
import { callRoute } from "@/tests/support/http";

/** The seed sets no estimates: every resource takes its kind's default (lib/catalog/effort.ts). */
const effortOf = (resources: { kind: keyof typeof DEFAULT_EFFORT_MINUTES }[]) => resources.reduce((sum, r) => sum + DEFAULT_EFFORT_MINUTES[r.kind], 0);

const fetchTracks = () => callRoute(listTracks, "/api/tracks");
const fetchTrack = (slug: string) => callRoute(getTrack, `/api/tracks/${encodeURIComponent(slug)}`, { params: { slug } });
const fetchTopic = (slug: string) => callRoute(getTopic, `/api/topics/${encodeURIComponent(slug)}`, { params: { slug } });

const expectedTrackSummaries = () =>
  roadmap.tracks.map((track) => ({
    slug: track.slug,
    title: track.title,
    summary: track.summary,
    topicCount: track.topics.length,
    resourceCount: track.topics.reduce((sum, topic) => sum + topic.resources.length, 0),
  }));

describe("GET /api/tracks", () => {
  it("lists the three tracks in source order with their counts, without a session", async () => {
    const res = await fetchTracks();
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual(expectedTrackSummaries());
    // The document's known shape, so a parser regression cannot move both sides at once.
    expect((res.body as Array<{ slug: string; topicCount: number; resourceCount: number }>).map((t) => [t.slug, t.topicCount, t.resourceCount])).toEqual([
      ["llm-fundamentals", 4, 22],
      ["the-llm-scientist", 8, 44],
      ["the-llm-engineer", 7, 31],
    ]);
  });
});

describe("GET /api/tracks/{slug}", () => {
  it.each(roadmap.tracks.map((track) => [track.slug, track] as const))("returns %s with its topics in order", async (slug, track) => {
    const res = await fetchTrack(slug);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({
      slug: track.slug,
      title: track.title,
      summary: track.summary,
      intro: track.intro,
      effortMinutes: effortOf(track.topics.flatMap((topic) => topic.resources)),
      topics: track.topics.map((topic, index) => ({
        slug: topic.slug,
        title: topic.title,
        order: index + 1,
        resourceCount: topic.resources.length,
        effortMinutes: effortOf(topic.resources),
      })),
    });
  });
});

describe("GET /api/topics/{slug}", () => {
  it.each(sourceTopics.map(({ track, topic }) => [topic.slug, track, topic] as const))(
    "returns %s as in the source",
    async (slug, track, topic) => {
      const rows = await db.resource.findMany({
        where: { seedKey: { in: topic.resources.map((r) => seedKey(topic.slug, r.url)) } },
        select: { id: true, seedKey: true },
      });
      const idByKey = new Map(rows.map((row) => [row.seedKey, row.id]));
      const index = track.topics.indexOf(topic);
      const ref = (t: (typeof track.topics)[number] | undefined) => (t ? { slug: t.slug, title: t.title } : null);

      const res = await fetchTopic(slug);
      expect(res.status).toBe(200);
      expect(res.body).toStrictEqual({
        slug: topic.slug,
        title: topic.title,
        order: index + 1,
        intro: topic.intro,
        track: { slug: track.slug, title: track.title },
        keyPoints: topic.keyPoints.map((point) => ({ title: point.title, text: point.text, links: point.links })),
        resources: topic.resources.map((r) => ({
          id: idByKey.get(seedKey(topic.slug, r.url)),
          title: r.title,
          url: r.url,
          author: r.author,
          kind: r.kind,
          note: r.note,
          effortMinutes: DEFAULT_EFFORT_MINUTES[r.kind],
        })),
        effortMinutes: effortOf(topic.resources),
        previous: ref(track.topics[index - 1]),
        next: ref(track.topics[index + 1]),
      });
      expect(rows).toHaveLength(topic.resources.length);
    },
  );
});

describe("unknown and malformed slugs", () => {
  const NOT_FOUND = { error: { code: "not_found", message: "Not found" } };

  it("answers an unknown track or topic with 404 not_found", async () => {
    expect(await fetchTrack("no-such-track")).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: "No track with this slug." } },
    });
    expect(await fetchTopic("no-such-topic")).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: "No topic with this slug." } },
    });
    // A topic slug is not a track slug and vice versa.
    expect((await fetchTrack(sourceTopics[0]!.topic.slug)).status).toBe(404);
    expect((await fetchTopic(roadmap.tracks[0]!.slug)).status).toBe(404);
  });

  it.each([
    ["upper case", "LLM-Fundamentals"],
    ["500 characters", "a".repeat(500)],
    ["a path traversal", "../x"],
    ["an encoded slash", "llm-fundamentals/../x"],
    ["a NUL byte", "llm\u0000fundamentals"],
    ["SQL", "' OR 1=1 --"],
    ["empty", ""],
  ])("answers a slug with %s with the 404 envelope, never 500", async (_, slug) => {
    for (const res of [await fetchTrack(slug), await fetchTopic(slug)]) {
      expect(res.status).toBe(404);
      expect(res.body).toStrictEqual(NOT_FOUND);
    }
  });
});

describe("archived content is hidden", () => {
  // Rows of our own (unique slugs), so the seeded catalog other files read never changes.
  const suffix = randomUUID();
  const slugs = {
    track: `it-track-${suffix}`,
    first: `it-first-${suffix}`,
    archived: `it-archived-${suffix}`,
    last: `it-last-${suffix}`,
  };
  let trackId = "";

  afterAll(async () => {
    if (!trackId) return;
    await db.resource.deleteMany({ where: { topic: { trackId } } });
    await db.topic.deleteMany({ where: { trackId } });
    await db.track.delete({ where: { id: trackId } });
  });

  it("leaves archived topics and resources out of counts, lists and neighbours; an archived track hides everything", async () => {
    const track = await db.track.create({
      data: { slug: slugs.track, title: "IT Track", summary: "Made by a test.", position: 1000 },
    });
    trackId = track.id;
    const topic = (slug: string, position: number, status: "ACTIVE" | "ARCHIVED" = "ACTIVE") =>
      db.topic.create({ data: { trackId, slug, number: position + 1, title: `Topic ${slug}`, intro: "Intro.", position, status } });
    const first = await topic(slugs.first, 0);
    await topic(slugs.archived, 1, "ARCHIVED");
    const last = await topic(slugs.last, 2);
    const shown = await db.resource.create({
      data: { topicId: first.id, title: "Shown", url: `https://example.com/${suffix}/shown`, kind: "ARTICLE", position: 0 },
    });
    await db.resource.create({
      data: { topicId: first.id, title: "Archived", url: `https://example.com/${suffix}/gone`, kind: "ARTICLE", position: 1, status: "ARCHIVED" },
    });

    const list = await fetchTracks();
    expect(list.status).toBe(200);
    expect(list.body).toStrictEqual([
      ...expectedTrackSummaries(),
      { slug: slugs.track, title: "IT Track", summary: "Made by a test.", topicCount: 2, resourceCount: 1 },
    ]);

    expect(await fetchTrack(slugs.track)).toMatchObject({ status: 200 });
    expect((await fetchTrack(slugs.track)).body).toStrictEqual({
      slug: slugs.track,
      title: "IT Track",
      summary: "Made by a test.",
      intro: "",
      effortMinutes: DEFAULT_EFFORT_MINUTES.ARTICLE,
      topics: [
        { slug: slugs.first, title: `Topic ${slugs.first}`, order: 1, resourceCount: 1, effortMinutes: DEFAULT_EFFORT_MINUTES.ARTICLE },
        { slug: slugs.last, title: `Topic ${slugs.last}`, order: 2, resourceCount: 0, effortMinutes: 0 },
      ],
    });

    const firstTopic = await fetchTopic(slugs.first);
    expect(firstTopic.status).toBe(200);
    expect(firstTopic.body).toStrictEqual({
      slug: slugs.first,
      title: `Topic ${slugs.first}`,
      order: 1,
      intro: "Intro.",
      track: { slug: slugs.track, title: "IT Track" },
      keyPoints: [],
      resources: [{ id: shown.id, title: "Shown", url: `https://example.com/${suffix}/shown`, author: null, kind: "ARTICLE", note: null, effortMinutes: DEFAULT_EFFORT_MINUTES.ARTICLE }],
      effortMinutes: DEFAULT_EFFORT_MINUTES.ARTICLE,
      previous: null,
      next: { slug: slugs.last, title: `Topic ${slugs.last}` },
    });
    expect((await fetchTopic(slugs.last)).body).toMatchObject({ order: 2, previous: { slug: slugs.first }, next: null });
    expect(await fetchTopic(slugs.archived)).toStrictEqual(
      expect.objectContaining({ status: 404, body: { error: { code: "not_found", message: "No topic with this slug." } } }),
    );

    await db.track.update({ where: { id: trackId }, data: { status: "ARCHIVED" } });
    expect((await fetchTracks()).body).toStrictEqual(expectedTrackSummaries());
    for (const res of [await fetchTrack(slugs.track), await fetchTopic(slugs.first), await fetchTopic(last.slug)]) {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: { code: "not_found" } });
    }
  });
});
