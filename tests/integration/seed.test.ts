import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/accounts/password";
import { importRoadmap } from "@/seed/import-roadmap";
import { findMojibake } from "@/seed/mojibake";
import { ensureAccount } from "@/seed/users";
import { createUser, uniqueEmail } from "@/tests/factories";
import { roadmap, seedKey, sourceTopics } from "@/tests/support/roadmap";

const trackSlugs = roadmap.tracks.map((t) => t.slug);
const topicSlugs = sourceTopics.map(({ topic }) => topic.slug);
const resourceKeys = sourceTopics.flatMap(({ topic }) => topic.resources.map((r) => seedKey(topic.slug, r.url)));

const reimport = () => db.$transaction((tx) => importRoadmap(tx, roadmap), { timeout: 120_000, maxWait: 20_000 });

/** Every seeded row (other files add rows of their own, which are left out), with its updated_at. */
async function snapshotSeededRows() {
  const [tracks, topics, keyPoints, resources, mentions] = await Promise.all([
    db.track.findMany({ where: { slug: { in: trackSlugs } }, orderBy: { id: "asc" } }),
    db.topic.findMany({ where: { slug: { in: topicSlugs } }, orderBy: { id: "asc" } }),
    db.keyPoint.findMany({ where: { topic: { slug: { in: topicSlugs } } }, orderBy: { id: "asc" } }),
    db.resource.findMany({ where: { seedKey: { in: resourceKeys } }, orderBy: { id: "asc" } }),
    db.linkMention.findMany({ where: { topic: { slug: { in: topicSlugs } } }, orderBy: { id: "asc" } }),
  ]);
  return { tracks, topics, keyPoints, resources, mentions };
}

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

describe("re-running the import", () => {
  it("creates and updates nothing, and leaves every row (and its updated_at) unchanged", async () => {
    const before = await snapshotSeededRows();
    expect(before.resources).toHaveLength(97);

    const summary = await reimport();

    const zero = { created: 0, updated: 0 };
    expect(summary).toStrictEqual({ tracks: zero, topics: zero, keyPoints: zero, resources: zero, mentions: zero });
    expect(await snapshotSeededRows()).toStrictEqual(before);
  });

  it("keeps a learner's progress and notes", async () => {
    const user = await createUser();
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: topicSlugs[1]! }, select: { id: true } });
    const resource = await db.resource.findUniqueOrThrow({ where: { seedKey: resourceKeys.find((k) => k.startsWith(`${topicSlugs[1]} `))! } });
    await db.topicProgress.create({ data: { userId: user.id, topicId: topic.id, status: "IN_PROGRESS" } });
    await db.resourceProgress.create({ data: { userId: user.id, resourceId: resource.id, done: true } });
    await db.note.create({ data: { userId: user.id, topicId: topic.id, body: "Remember **softmax** – numerically stable ✓" } });
    const learnerRows = () =>
      Promise.all([
        db.topicProgress.findMany({ where: { userId: user.id } }),
        db.resourceProgress.findMany({ where: { userId: user.id } }),
        db.note.findMany({ where: { userId: user.id } }),
      ]);
    const before = await learnerRows();
    expect(before.map((rows) => rows.length)).toEqual([1, 1, 1]);

    await reimport();

    expect(await learnerRows()).toStrictEqual(before);
    expect(await db.resource.findUniqueOrThrow({ where: { id: resource.id } })).toStrictEqual(resource);
  });
});

describe("ensureAccount", () => {
  it("creates an admin once; a second run keeps the row and its password hash", async () => {
    const email = uniqueEmail("admin");
    const account = { email: `  ${email.toUpperCase()} `, name: "Admin", password: "first admin password", role: "ADMIN" as const };

    expect(await ensureAccount(db, account)).toBe("created");
    const select = { id: true, email: true, name: true, role: true, passwordHash: true } as const;
    const [created] = await db.user.findMany({ where: { email }, select });
    expect(created).toMatchObject({ email, name: "Admin", role: "ADMIN" });
    expect(created!.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await ensureAccount(db, { ...account, password: "a changed env password" })).toBe("kept");
    expect(await db.user.findMany({ where: { email }, select })).toStrictEqual([created]);
    expect(await verifyPassword(created!.passwordHash, "first admin password")).toBe(true);
  });

  it("promotes an existing learner to admin without touching the password", async () => {
    const learner = await createUser({ password: "learner password" });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: learner.id }, select: { passwordHash: true } });

    expect(await ensureAccount(db, { email: learner.email, name: "Admin", password: "other password", role: "ADMIN" })).toBe("promoted");
    expect(await db.user.findUniqueOrThrow({ where: { id: learner.id }, select: { role: true, name: true, passwordHash: true } })).toStrictEqual({
      role: "ADMIN",
      name: learner.name,
      passwordHash,
    });
  });
});
