// Running the import again, with the same or a changed source, and the seed's
// accounts. On a private database: a re-import archives whatever the source
// does not have, which in the shared database would include other files' rows.
import { beforeAll, describe, expect, it } from "vitest";
import type { ParsedRoadmap } from "@/seed/parse-roadmap";
import { usePrivateDatabase } from "@/tests/support/private-database";
import { roadmap, seedKey, sourceTopics } from "@/tests/support/roadmap";

usePrivateDatabase("waypoint_reimport");

let m: typeof import("@/tests/support/admin-api");
let importRoadmap: typeof import("@/seed/import-roadmap").importRoadmap;
let ensureAccount: typeof import("@/seed/users").ensureAccount;
let verifyPassword: typeof import("@/lib/accounts/password").verifyPassword;

beforeAll(async () => {
  m = await import("@/tests/support/admin-api");
  ({ importRoadmap } = await import("@/seed/import-roadmap"));
  ({ ensureAccount } = await import("@/seed/users"));
  ({ verifyPassword } = await import("@/lib/accounts/password"));
});

const trackSlugs = roadmap.tracks.map((t) => t.slug);
const topicSlugs = sourceTopics.map(({ topic }) => topic.slug);
const resourceKeys = sourceTopics.flatMap(({ topic }) => topic.resources.map((r) => seedKey(topic.slug, r.url)));

const reimport = (source: ParsedRoadmap = roadmap) => m.db.$transaction((tx) => importRoadmap(tx, source), { timeout: 120_000, maxWait: 20_000 });

/** Every catalog row, with its updated_at. */
async function snapshotRows() {
  const [tracks, topics, keyPoints, resources, mentions] = await Promise.all([
    m.db.track.findMany({ orderBy: { id: "asc" } }),
    m.db.topic.findMany({ orderBy: { id: "asc" } }),
    m.db.keyPoint.findMany({ orderBy: { id: "asc" } }),
    m.db.resource.findMany({ orderBy: { id: "asc" } }),
    m.db.linkMention.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { tracks, topics, keyPoints, resources, mentions };
}

/** The roadmap with `edit` applied to a deep copy. */
function edited(edit: (copy: ParsedRoadmap) => void): ParsedRoadmap {
  const copy = structuredClone(roadmap);
  edit(copy);
  return copy;
}
const topicIn = (source: ParsedRoadmap, slug: string) => source.tracks.flatMap((t) => t.topics).find((t) => t.slug === slug)!;

describe("re-running the import", () => {
  it("creates, updates and archives nothing, and leaves every row (and its updated_at) unchanged", async () => {
    const before = await snapshotRows();
    expect(before.resources).toHaveLength(97);
    expect(before.tracks.map((t) => t.slug).sort()).toStrictEqual([...trackSlugs].sort());
    expect(before.topics).toHaveLength(topicSlugs.length);

    const summary = await reimport();

    const zero = { created: 0, updated: 0, archived: 0 };
    expect(summary).toStrictEqual({
      tracks: zero, topics: zero, keyPoints: zero, resources: zero, mentions: { created: 0, updated: 0, deleted: 0 }, changes: [],
    });
    expect(await snapshotRows()).toStrictEqual(before);
  });

  it("keeps a learner's progress and notes", async () => {
    const user = await m.createUser();
    const topic = await m.db.topic.findUniqueOrThrow({ where: { slug: topicSlugs[1]! }, select: { id: true } });
    const resource = await m.db.resource.findUniqueOrThrow({ where: { seedKey: resourceKeys.find((k) => k.startsWith(`${topicSlugs[1]} `))! } });
    await m.db.topicProgress.create({ data: { userId: user.id, topicId: topic.id, status: "IN_PROGRESS" } });
    await m.db.resourceProgress.create({ data: { userId: user.id, resourceId: resource.id, done: true } });
    await m.db.note.create({ data: { userId: user.id, topicId: topic.id, body: "Remember **softmax** – numerically stable ✓" } });
    const before = await m.learnerRows(user.id);
    expect([before.topicProgress.length, before.resourceProgress.length, before.notes.length]).toEqual([1, 1, 1]);

    await reimport();

    expect(await m.learnerRows(user.id)).toStrictEqual(before);
    expect(await m.db.resource.findUniqueOrThrow({ where: { id: resource.id } })).toStrictEqual(resource);
  });
});

describe("importing a changed source", () => {
  const slug = "the-llm-architecture";

  it("matches a changed URL on the source's last title, also after an admin edited the row, and never duplicates it", async () => {
    const admin = m.adminApi(await m.sessionCookie(await m.createUser({ role: "ADMIN" })));
    const original = topicIn(roadmap, slug).resources[0]!;
    const row = await m.db.resource.findUniqueOrThrow({ where: { seedKey: seedKey(slug, original.url) } });
    // The admin fixes the title and the URL; the source then moves the URL too.
    m.ok(await admin.updateResource(row.id, { title: "Admin's title", url: "https://example.com/admin-fixed" }));
    const moved = edited((copy) => (topicIn(copy, slug).resources[0]!.url = "https://www.youtube.com/watch?v=moved"));

    const summary = await reimport(moved);

    expect(summary.resources).toStrictEqual({ created: 0, updated: 0, archived: 0 });
    expect(await m.db.resource.findUniqueOrThrow({ where: { id: row.id }, select: { title: true, url: true, seedKey: true, sourceTitle: true, status: true } })).toStrictEqual({
      title: "Admin's title", url: "https://example.com/admin-fixed", seedKey: seedKey(slug, "https://www.youtube.com/watch?v=moved"), sourceTitle: original.title, status: "ACTIVE",
    });
    expect(await m.db.resource.count({ where: { topic: { slug } } })).toBe(topicIn(roadmap, slug).resources.length);
    // Back to the original URL: still the same row.
    await reimport();
    expect(await m.db.resource.findUniqueOrThrow({ where: { id: row.id }, select: { seedKey: true } })).toStrictEqual({ seedKey: seedKey(slug, original.url) });
  });

  it("adds a resource whose title and URL both changed, archives the old one, and deletes the old one's link mentions", async () => {
    const target = topicIn(roadmap, slug).resources[2]!; // nanoGPT, whose note links a tokenization video
    const row = await m.db.resource.findUniqueOrThrow({ where: { seedKey: seedKey(slug, target.url) } });
    expect(await m.db.linkMention.count({ where: { resourceId: row.id } })).toBeGreaterThan(0);
    const replaced = edited((copy) => Object.assign(topicIn(copy, slug).resources[2]!, { title: "nanoGPT, new", url: "https://github.com/karpathy/nanoGPT", note: null, links: [] }));

    const summary = await reimport(replaced);

    expect(summary.resources).toStrictEqual({ created: 1, updated: 0, archived: 1 });
    expect(summary.changes).toStrictEqual([{ change: "archived", kind: "resources", label: target.title }]);
    expect(await m.db.resource.findUniqueOrThrow({ where: { id: row.id }, select: { status: true } })).toStrictEqual({ status: "ARCHIVED" });
    expect(await m.db.linkMention.count({ where: { resourceId: row.id } })).toBe(0);
    await reimport();
    expect(await m.db.resource.findUniqueOrThrow({ where: { id: row.id }, select: { status: true } })).toStrictEqual({ status: "ACTIVE" });
    expect(await m.db.linkMention.count({ where: { resourceId: row.id } })).toBe(target.links.length);
  });

  it("leaves a curated row that left the source active, and a curated topic's fields alone", async () => {
    const admin = m.adminApi(await m.sessionCookie(await m.createUser({ role: "ADMIN" })));
    m.ok(await admin.updateTopic(slug, { title: "Architecture (curated)" }));
    const without = edited((copy) => {
      const track = copy.tracks[1]!;
      track.topics = track.topics.filter((t) => t.slug !== slug);
    });
    const summary = await reimport(without);
    expect(summary.topics.archived).toBe(0);
    expect(await m.db.topic.findUniqueOrThrow({ where: { slug }, select: { title: true, status: true } })).toStrictEqual({ title: "Architecture (curated)", status: "ACTIVE" });
    // Its uncurated key points and resources did leave the source: archived.
    expect(summary.keyPoints.archived).toBe(topicIn(roadmap, slug).keyPoints.length);
    await reimport();
    expect(await m.db.keyPoint.count({ where: { topic: { slug }, status: "ACTIVE" } })).toBe(topicIn(roadmap, slug).keyPoints.length);
  });
});

describe("ensureAccount", () => {
  it("creates an admin once; a second run keeps the row and its password hash", async () => {
    const email = m.uniqueEmail("admin");
    const account = { email: `  ${email.toUpperCase()} `, name: "Admin", password: "first admin password", role: "ADMIN" as const };

    expect(await ensureAccount(m.db, account)).toBe("created");
    const select = { id: true, email: true, name: true, role: true, passwordHash: true } as const;
    const [created] = await m.db.user.findMany({ where: { email }, select });
    expect(created).toMatchObject({ email, name: "Admin", role: "ADMIN" });
    expect(created!.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await ensureAccount(m.db, { ...account, password: "a changed env password" })).toBe("kept");
    expect(await m.db.user.findMany({ where: { email }, select })).toStrictEqual([created]);
    expect(await verifyPassword(created!.passwordHash, "first admin password")).toBe(true);
  });

  it("promotes an existing learner only while there is no admin: a demoted env admin stays demoted", async () => {
    await m.db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "LEARNER" } });
    const learner = await m.createUser({ password: "learner password" });
    const { passwordHash } = await m.db.user.findUniqueOrThrow({ where: { id: learner.id }, select: { passwordHash: true } });
    const asAdmin = { email: learner.email, name: "Admin", password: "other password", role: "ADMIN" as const };

    expect(await ensureAccount(m.db, asAdmin)).toBe("promoted");
    expect(await m.db.user.findUniqueOrThrow({ where: { id: learner.id }, select: { role: true, name: true, passwordHash: true } })).toStrictEqual({
      role: "ADMIN", name: learner.name, passwordHash,
    });

    // Another admin exists and demotes the env admin: the next seed (every `npm start`) does not undo it.
    await m.createUser({ role: "ADMIN" });
    await m.db.user.update({ where: { id: learner.id }, data: { role: "LEARNER" } });
    expect(await ensureAccount(m.db, asAdmin)).toBe("kept");
    expect((await m.db.user.findUniqueOrThrow({ where: { id: learner.id } })).role).toBe("LEARNER");
  });
});
