import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findMojibake } from "@/seed/mojibake";
import { roadmap, seedKey, sourceTopics } from "@/tests/support/roadmap";

const trackSlugs = roadmap.tracks.map((t) => t.slug);
const topicSlugs = sourceTopics.map(({ topic }) => topic.slug);

type Row = { id: string; value: string };

describe("the seeded catalog matches the source document", () => {
  it("has every track and topic once, under the right track, in order", async () => {
    const tracks = await db.track.findMany({
      where: { slug: { in: trackSlugs } },
      orderBy: { position: "asc" },
      select: { slug: true, title: true, summary: true, intro: true, status: true, topics: { orderBy: { position: "asc" }, select: { slug: true, number: true, title: true, intro: true, status: true } } },
    });
    expect(tracks).toStrictEqual(
      roadmap.tracks.map((track) => ({
        slug: track.slug,
        title: track.title,
        summary: track.summary,
        intro: track.intro,
        status: "ACTIVE",
        topics: track.topics.map((topic) => ({ slug: topic.slug, number: topic.number, title: topic.title, intro: topic.intro, status: "ACTIVE" })),
      })),
    );
    expect(await db.topic.count({ where: { slug: { in: topicSlugs } } })).toBe(19);
  });

  it.each(sourceTopics.map(({ topic }) => [topic.slug, topic] as const))(
    "%s: every key point (title + text) and resource URL exactly once",
    async (slug, topic) => {
      const row = await db.topic.findUniqueOrThrow({
        where: { slug },
        select: {
          keyPoints: { orderBy: { position: "asc" }, select: { key: true, title: true, text: true } },
          resources: { orderBy: { position: "asc" }, select: { url: true, title: true, author: true, kind: true, note: true, seedKey: true } },
          mentions: { orderBy: [{ ownerKey: "asc" }, { position: "asc" }], select: { ownerKey: true, position: true, label: true, url: true } },
        },
      });

      for (const point of topic.keyPoints) {
        expect(row.keyPoints.filter((k) => k.title === point.title && k.text === point.text), point.title).toHaveLength(1);
      }
      expect(row.keyPoints).toStrictEqual(topic.keyPoints.map((p) => ({ key: p.key, title: p.title, text: p.text })));

      for (const resource of topic.resources) {
        expect(row.resources.filter((r) => r.url === resource.url), resource.url).toHaveLength(1);
      }
      expect(row.resources).toStrictEqual(
        topic.resources.map((r) => ({ url: r.url, title: r.title, author: r.author, kind: r.kind, note: r.note, seedKey: seedKey(slug, r.url) })),
      );

      // Every link inside the content is a link_mentions row, attached to the text it sits in.
      const expectedMentions = [
        ...topic.introLinks.map((link, position) => ({ ownerKey: "intro", position, ...link })),
        ...topic.keyPoints.flatMap((p) => p.links.map((link, position) => ({ ownerKey: `key-point:${p.key}`, position, ...link }))),
        ...topic.resources.flatMap((r) => r.links.map((link, position) => ({ ownerKey: `resource:${seedKey(slug, r.url)}`, position, ...link }))),
      ].sort((a, b) => (a.ownerKey < b.ownerKey ? -1 : a.ownerKey > b.ownerKey ? 1 : a.position - b.position));
      expect(row.mentions).toStrictEqual(expectedMentions);
    },
  );

  it("stores no mojibake in any text column of the catalog tables", async () => {
    // Each row as JSON covers every column, present and future, without dynamic SQL.
    const rowsByTable = {
      tracks: await db.$queryRaw<Row[]>`SELECT id, row_to_json(t)::text AS value FROM tracks t`,
      topics: await db.$queryRaw<Row[]>`SELECT id, row_to_json(t)::text AS value FROM topics t`,
      key_points: await db.$queryRaw<Row[]>`SELECT id, row_to_json(t)::text AS value FROM key_points t`,
      resources: await db.$queryRaw<Row[]>`SELECT id, row_to_json(t)::text AS value FROM resources t`,
      link_mentions: await db.$queryRaw<Row[]>`SELECT id, row_to_json(t)::text AS value FROM link_mentions t`,
    };
    // The sweep must actually see the content, or it proves nothing.
    const everything = Object.values(rowsByTable).flat().map((row) => row.value).join("\n");
    for (const text of ["Clémentine Fourrier", "Goodhart’s law", "💾 LLM Datasets", "3Blue1Brown – The Essence of Linear Algebra"]) {
      expect(everything).toContain(text);
    }
    const findings = Object.entries(rowsByTable).flatMap(([table, rows]) =>
      rows.flatMap(({ id, value }) => {
        const hits = findMojibake(value);
        return hits.length ? [`${table} ${id}: ${hits.join(" ")}`] : [];
      }),
    );
    expect(findings).toStrictEqual([]);
    expect(Object.values(rowsByTable).flat().length).toBeGreaterThan(250);
  });
});

// Re-importing and the accounts of the seed run on a private database
// (tests/integration/seed-reimport.test.ts): a re-import archives whatever is
// not in the source, which would include other files' test rows here.
