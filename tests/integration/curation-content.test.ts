// The content-editing API on a private database: create, edit, move, reorder,
// archive and restore tracks, topics, key points and resources; each change
// marks its row curated and writes exactly one audit event with before/after.
import { beforeAll, describe, expect, it } from "vitest";
import { usePrivateDatabase } from "@/tests/support/private-database";

usePrivateDatabase("waypoint_curation");

let m: typeof import("@/tests/support/admin-api");
let api: import("@/tests/support/admin-api").AdminApi;
let admin: { id: string; email: string; name: string };

beforeAll(async () => {
  m = await import("@/tests/support/admin-api");
  const user = await m.createUser({ role: "ADMIN", name: "Ada Admin" });
  admin = user;
  api = m.adminApi(await m.sessionCookie(user));
});

type Track = { slug: string; title: string; summary: string; intro: string; status: string; position: number; curatedAt: string | null };
type Topic = { slug: string; title: string; intro: string; status: string; position: number; track: string; curatedAt: string | null };
type KeyPoint = { id: string; title: string; text: string; status: string; position: number; topic: string };
type Resource = { id: string; title: string; url: string; kind: string; author: string | null; note: string | null; effortMinutes: number | null; status: string };

/** The audit events written since `afterId`, oldest first. */
async function eventsSince(afterId: bigint) {
  const rows = await m.db.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" } });
  return rows.map((e) => ({ actor: [e.actorId, e.actorName, e.actorEmail], action: e.action, entity: [e.entityType, e.entityId, e.entityLabel], before: e.before, after: e.after }));
}
async function lastEventId(): Promise<bigint> {
  return (await m.db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
}

let counter = 0;
/** A track of the test's own with one topic. */
async function sandbox() {
  counter++;
  const track = m.ok<Track>(await api.createTrack({ title: `Sandbox ${counter}`, summary: "A test track." }), 201);
  const topic = m.ok<Topic>(await api.createTopic(track.slug, { title: `Sandbox topic ${counter}`, intro: "Intro." }), 201);
  return { track, topic };
}

describe("tracks", () => {
  it("creates a track at the end with a slug from the title, unique; a slug asked for is used or refused when taken", async () => {
    const before = await lastEventId();
    const res = await api.createTrack({ title: "Agents & Tools", summary: "Build agents.", intro: "See [docs](https://example.com/docs)." });
    expect(res.status).toBe(201);
    const track = res.body as Track;
    expect(track).toMatchObject({ slug: "agents-tools", title: "Agents & Tools", summary: "Build agents.", status: "ACTIVE", position: 3 });
    expect(track.curatedAt).toEqual(expect.any(String));
    expect(m.ok<Track>(await api.createTrack({ title: "Agents & tools" }), 201).slug).toBe("agents-tools-2");
    expect(m.ok<Track>(await api.createTrack({ title: "Whatever", slug: "my-track" }), 201).slug).toBe("my-track");

    expect(await api.createTrack({ title: "Again", slug: "my-track" })).toMatchObject({ status: 409, body: m.apiError("conflict", "A track with this slug already exists.") });
    expect(await api.createTrack({ title: "Again", slug: "order" })).toMatchObject({ status: 422, body: m.apiError("validation_failed", 'slug: "order" is reserved') });
    expect(await api.createTrack({ title: "Bad", slug: "Not A Slug" })).toMatchObject({ status: 422 });

    const events = await eventsSince(before);
    expect(events.map((e) => e.action)).toStrictEqual(["track.create", "track.create", "track.create"]);
    expect(events[0]).toStrictEqual({
      actor: [admin.id, "Ada Admin", admin.email],
      action: "track.create",
      entity: ["track", (await m.db.track.findUniqueOrThrow({ where: { slug: "agents-tools" } })).id, "Agents & Tools"],
      before: null,
      after: { slug: "agents-tools", title: "Agents & Tools", summary: "Build agents.", intro: "See [docs](https://example.com/docs).", status: "ACTIVE" },
    });
  });

  it("renames a track without changing its slug; the same edit again writes nothing", async () => {
    const { track } = await sandbox();
    const before = await lastEventId();
    const edited = m.ok<Track>(await api.updateTrack(track.slug, { title: "Renamed track", summary: "New summary." }));
    expect(edited).toMatchObject({ slug: track.slug, title: "Renamed track", summary: "New summary." });
    expect(m.ok<Track>(await api.updateTrack(track.slug, { title: "Renamed track" }))).toStrictEqual(edited);
    const events = await eventsSince(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "track.update", before: { title: track.title, summary: "A test track." }, after: { title: "Renamed track", summary: "New summary." } });
  });

  it("reorders the active tracks: a permutation only, else 422 and nothing written", async () => {
    const active = await m.db.track.findMany({ where: { status: "ACTIVE" }, orderBy: { position: "asc" }, select: { slug: true } });
    const slugs = active.map((t) => t.slug);
    const reversed = [...slugs].reverse();
    const snapshot = () => m.db.track.findMany({ orderBy: { id: "asc" }, select: { slug: true, position: true, curatedAt: true } });
    const rows = await snapshot();
    const before = await lastEventId();
    for (const [body, message] of [
      [{ slugs: slugs.slice(1) }, `slugs: "${slugs[0]}" is missing: list every active item exactly once`],
      [{ slugs: [...slugs, slugs[0]] }, `slugs: "${slugs[0]}" is listed twice`],
      [{ slugs: [...slugs.slice(1), "no-such-track"] }, `slugs: "no-such-track" is not one of the active items here`],
    ] as const) {
      expect(await api.orderTracks(body)).toStrictEqual(expect.objectContaining({ status: 422, body: m.apiError("validation_failed", message) }));
    }
    expect(await snapshot()).toStrictEqual(rows);
    expect(await eventsSince(before)).toStrictEqual([]);

    const res = await api.orderTracks({ slugs: reversed });
    expect(res.status).toBe(200);
    expect((res.body as Track[]).map((t) => t.slug)).toStrictEqual(reversed);
    const events = await eventsSince(before);
    expect(events).toStrictEqual([
      { actor: [admin.id, "Ada Admin", admin.email], action: "track.reorder", entity: ["track", "*", "Track order"], before: { order: slugs }, after: { order: reversed } },
    ]);
    // The same order again: nothing written.
    expect((await api.orderTracks({ slugs: reversed })).status).toBe(200);
    expect(await eventsSince(before)).toHaveLength(1);
    await api.orderTracks({ slugs });
  });
});

describe("topics", () => {
  it("creates with a slug from the title (or the one given, 409 when taken); a rename keeps the slug", async () => {
    const { track } = await sandbox();
    const topic = m.ok<Topic>(await api.createTopic(track.slug, { title: "Prompt Engineering", intro: "Read [this](https://example.com/a)." }), 201);
    expect(topic).toMatchObject({ slug: "prompt-engineering", track: track.slug, position: 1, status: "ACTIVE" });
    expect(m.ok<Topic>(await api.createTopic(track.slug, { title: "Prompt engineering", intro: "" }), 201).slug).toBe("prompt-engineering-2");
    expect(await api.createTopic(track.slug, { title: "X", intro: "", slug: "quantization" })).toMatchObject({ status: 409, body: m.apiError("conflict", "A topic with this slug already exists.") });
    expect(await api.createTopic("no-such-track", { title: "X", intro: "" })).toMatchObject({ status: 404, body: m.apiError("not_found", "No track with this slug.") });

    const renamed = m.ok<Topic>(await api.updateTopic("prompt-engineering", { title: "Prompting", intro: "Now [that](https://example.com/b) and [more](https://example.com/c)." }));
    expect(renamed).toMatchObject({ slug: "prompt-engineering", title: "Prompting" });
    // The intro's links are the topic's link mentions.
    const row = await m.db.topic.findUniqueOrThrow({ where: { slug: "prompt-engineering" }, select: { id: true, curatedAt: true } });
    expect(row.curatedAt).not.toBeNull();
    expect(await m.db.linkMention.findMany({ where: { topicId: row.id }, orderBy: { position: "asc" }, select: { ownerKey: true, label: true, url: true, position: true } })).toStrictEqual([
      { ownerKey: "intro", label: "that", url: "https://example.com/b", position: 0 },
      { ownerKey: "intro", label: "more", url: "https://example.com/c", position: 1 },
    ]);
  });

  it("moves a topic to the end of another track; reorders within a track", async () => {
    const a = await sandbox();
    const b = await sandbox();
    const second = m.ok<Topic>(await api.createTopic(a.track.slug, { title: `Second ${counter}`, intro: "" }), 201);
    const before = await lastEventId();
    const moved = m.ok<Topic>(await api.updateTopic(a.topic.slug, { track: b.track.slug }));
    expect(moved).toMatchObject({ track: b.track.slug, position: 1 });
    expect(await eventsSince(before)).toMatchObject([{ action: "topic.move", before: { track: a.track.slug }, after: { track: b.track.slug } }]);
    expect(await api.updateTopic(a.topic.slug, { track: "no-such-track" })).toMatchObject({ status: 422, body: m.apiError("validation_failed", "track: no track with this slug") });

    const inB = [b.topic.slug, a.topic.slug];
    expect(((await api.getTrack(b.track.slug)).body as { topics: { slug: string }[] }).topics.map((t) => t.slug)).toStrictEqual(inB);
    expect(((await api.getTrack(a.track.slug)).body as { topics: { slug: string }[] }).topics.map((t) => t.slug)).toStrictEqual([second.slug]);
    // A topic of another track in the order list: 422.
    expect(await api.orderTopics(b.track.slug, { slugs: [...inB, second.slug] })).toMatchObject({ status: 422 });
    const res = await api.orderTopics(b.track.slug, { slugs: [...inB].reverse() });
    expect((res.body as Topic[]).map((t) => [t.slug, t.position])).toStrictEqual([[a.topic.slug, 0], [b.topic.slug, 1]]);
  });

  it("archives (hidden from learners, left out of order lists) and restores at the end", async () => {
    const { track, topic } = await sandbox();
    const other = m.ok<Topic>(await api.createTopic(track.slug, { title: `Other ${counter}`, intro: "" }), 201);
    const before = await lastEventId();
    expect(m.ok<Topic>(await api.updateTopic(topic.slug, { status: "ARCHIVED" })).status).toBe("ARCHIVED");
    const { GET } = await import("@/app/api/topics/[slug]/route");
    const { callRoute } = await import("@/tests/support/http");
    expect((await callRoute(GET, `/api/topics/${topic.slug}`, { params: { slug: topic.slug } })).status).toBe(404);
    expect(await api.orderTopics(track.slug, { slugs: [other.slug, topic.slug] })).toMatchObject({ status: 422 });
    expect((await api.orderTopics(track.slug, { slugs: [other.slug] })).status).toBe(200);

    expect(m.ok<Topic>(await api.updateTopic(topic.slug, { status: "ACTIVE" }))).toMatchObject({ status: "ACTIVE", position: 2 });
    expect((await callRoute(GET, `/api/topics/${topic.slug}`, { params: { slug: topic.slug } })).status).toBe(200);
    expect((await eventsSince(before)).map((e) => [e.action, e.before, e.after])).toStrictEqual([
      ["topic.archive", { status: "ACTIVE" }, { status: "ARCHIVED" }],
      ["topic.restore", { status: "ARCHIVED" }, { status: "ACTIVE" }],
    ]);
  });
});

describe("key points", () => {
  it("creates, edits (links re-read), archives, restores and reorders", async () => {
    const { topic } = await sandbox();
    const one = m.ok<KeyPoint>(await api.createKeyPoint(topic.slug, { title: "Attention", text: "See [paper](https://arxiv.org/abs/1706.03762)." }), 201);
    const two = m.ok<KeyPoint>(await api.createKeyPoint(topic.slug, { title: "Attention", text: "Again." }), 201);
    expect([one.position, two.position]).toStrictEqual([0, 1]);
    const keys = await m.db.keyPoint.findMany({ where: { topic: { slug: topic.slug } }, orderBy: { position: "asc" }, select: { key: true } });
    expect(keys).toStrictEqual([{ key: "attention" }, { key: "attention-2" }]);

    const edited = m.ok<KeyPoint>(await api.updateKeyPoint(one.id, { title: "Self-attention", text: "No links now." }));
    expect(edited).toMatchObject({ title: "Self-attention", text: "No links now." });
    expect(await m.db.linkMention.count({ where: { keyPointId: one.id } })).toBe(0);
    expect((await m.db.keyPoint.findUniqueOrThrow({ where: { id: one.id } })).key).toBe("attention");

    const three = m.ok<KeyPoint>(await api.createKeyPoint(topic.slug, { title: "Three", text: "3" }), 201);
    expect(m.ok<KeyPoint[]>(await api.orderKeyPoints(topic.slug, { ids: [three.id, one.id, two.id] })).map((k) => k.id)).toStrictEqual([three.id, one.id, two.id]);
    expect(m.ok<KeyPoint>(await api.updateKeyPoint(two.id, { status: "ARCHIVED" })).status).toBe("ARCHIVED");
    expect(await api.orderKeyPoints(topic.slug, { ids: [three.id, one.id, two.id] })).toMatchObject({ status: 422 });
    const { GET } = await import("@/app/api/topics/[slug]/route");
    const { callRoute } = await import("@/tests/support/http");
    const shown = (await callRoute(GET, `/api/topics/${topic.slug}`, { params: { slug: topic.slug } })).body as { keyPoints: { title: string }[] };
    expect(shown.keyPoints.map((k) => k.title)).toStrictEqual(["Three", "Self-attention"]);
    expect(m.ok<KeyPoint>(await api.updateKeyPoint(two.id, { status: "ACTIVE" }))).toMatchObject({ status: "ACTIVE", position: 3 });
  });
});

describe("resources", () => {
  it("creates one with the contract's 201 body; effort null means the kind's default", async () => {
    const { topic } = await sandbox();
    const before = await lastEventId();
    const res = await api.createResource(topic.slug, {
      title: "The Illustrated Transformer", url: "https://jalammar.github.io/illustrated-transformer/", kind: "ARTICLE",
      author: "Jay Alammar", note: "with a [video](https://youtube.com/watch?v=x)",
    });
    expect(res.status).toBe(201);
    const id = (res.body as Resource).id;
    expect(res.body).toStrictEqual({
      id, title: "The Illustrated Transformer", url: "https://jalammar.github.io/illustrated-transformer/", kind: "ARTICLE",
      author: "Jay Alammar", note: "with a [video](https://youtube.com/watch?v=x)", effortMinutes: null, status: "ACTIVE",
      effectiveEffortMinutes: 20, position: 0, topic: topic.slug,
    });
    const row = await m.db.resource.findUniqueOrThrow({ where: { id } });
    expect(row.curatedAt).not.toBeNull();
    expect(row.seedKey).toBeNull();
    expect(await m.db.linkMention.findMany({ where: { resourceId: id }, select: { ownerKey: true, label: true, url: true } })).toStrictEqual([
      { ownerKey: `resource:${id}`, label: "video", url: "https://youtube.com/watch?v=x" },
    ]);
    const edited = m.ok<Resource>(await api.updateResource(id, { effortMinutes: 45, author: "", kind: "VIDEO" }));
    expect(edited).toMatchObject({ effortMinutes: 45, effectiveEffortMinutes: 45, author: null, kind: "VIDEO" });
    expect(m.ok<Resource>(await api.updateResource(id, { effortMinutes: null }))).toMatchObject({ effortMinutes: null, effectiveEffortMinutes: 30 });
    expect((await eventsSince(before)).map((e) => [e.action, e.before, e.after])).toStrictEqual([
      ["resource.create", null, {
        topic: topic.slug, title: "The Illustrated Transformer", url: "https://jalammar.github.io/illustrated-transformer/", kind: "ARTICLE",
        author: "Jay Alammar", note: "with a [video](https://youtube.com/watch?v=x)", effortMinutes: null, status: "ACTIVE",
      }],
      ["resource.update", { kind: "ARTICLE", author: "Jay Alammar", effortMinutes: null }, { kind: "VIDEO", author: null, effortMinutes: 45 }],
      ["resource.update", { effortMinutes: 45 }, { effortMinutes: null }],
    ]);
  });

  it("reorders a topic's active resources: a foreign, duplicate, missing or archived id is 422 and nothing moves", async () => {
    const a = await sandbox();
    const b = await sandbox();
    const make = async (slug: string, n: number) =>
      m.ok<Resource>(await api.createResource(slug, { title: `R${n}`, url: `https://example.com/${counter}/${n}`, kind: "ARTICLE" }), 201).id;
    const [r1, r2, r3] = [await make(a.topic.slug, 1), await make(a.topic.slug, 2), await make(a.topic.slug, 3)];
    const foreign = await make(b.topic.slug, 4);
    const snapshot = () => m.db.resource.findMany({ where: { topic: { slug: { in: [a.topic.slug, b.topic.slug] } } }, orderBy: { id: "asc" } });
    const rows = await snapshot();
    const before = await lastEventId();
    for (const [ids, message] of [
      [[r3, r2, r1, foreign], `ids: "${foreign}" is not one of the active items here`],
      [[r3, r2, r2, r1], `ids: "${r2}" is listed twice`],
      [[r3, r2], `ids: "${r1}" is missing: list every active item exactly once`],
      [[r3, r2, r1, "cnot0a0real0resource0id"], `ids: "cnot0a0real0resource0id" is not one of the active items here`],
    ] as const) {
      expect(await api.orderResources(a.topic.slug, { ids })).toStrictEqual(expect.objectContaining({ status: 422, body: m.apiError("validation_failed", message) }));
    }
    m.ok(await api.updateResource(r2, { status: "ARCHIVED" }));
    expect(await api.orderResources(a.topic.slug, { ids: [r3, r2, r1] })).toMatchObject({ status: 422 });
    m.ok(await api.updateResource(r2, { status: "ACTIVE" }));
    const archiveEvents = 2;
    expect((await snapshot()).map((r) => r.title)).toStrictEqual(rows.map((r) => r.title));
    expect(await eventsSince(before)).toHaveLength(archiveEvents);

    const res = await api.orderResources(a.topic.slug, { ids: [r3, r1, r2] });
    expect(m.ok<Resource[]>(res).map((r) => r.id)).toStrictEqual([r3, r1, r2]);
    const events = await eventsSince(before);
    expect(events).toHaveLength(archiveEvents + 1);
    expect(events.at(-1)).toMatchObject({ action: "resource.reorder", before: { order: [r1, r3, r2] }, after: { order: [r3, r1, r2] } });
  });

  it("refuses bad input with a 4xx envelope and writes nothing", async () => {
    const { track, topic } = await sandbox();
    const resource = m.ok<Resource>(await api.createResource(topic.slug, { title: "Kept", url: "https://example.com/kept", kind: "PAPER" }), 201);
    const rows = async () => ({
      resources: await m.db.resource.findMany({ where: { topic: { trackId: (await m.db.track.findUniqueOrThrow({ where: { slug: track.slug } })).id } }, orderBy: { id: "asc" } }),
      topics: await m.db.topic.findMany({ where: { track: { slug: track.slug } }, orderBy: { id: "asc" } }),
      track: await m.db.track.findUniqueOrThrow({ where: { slug: track.slug } }),
    });
    const snapshot = await rows();
    const before = await lastEventId();
    const urlError = m.apiError("validation_failed", "url: Enter a full http:// or https:// URL");
    const cases: Array<[Promise<{ status: number; body: unknown }>, number, unknown?]> = [
      [api.createResource(topic.slug, { title: "X", url: "javascript:alert(1)", kind: "ARTICLE" }), 422, urlError],
      [api.createResource(topic.slug, { title: "X", url: "data:text/html,<script>alert(1)</script>", kind: "ARTICLE" }), 422, urlError],
      [api.updateResource(resource.id, { url: "JAVASCRIPT:alert(1)" }), 422, urlError],
      [api.updateResource(resource.id, { url: "ftp://example.com/file" }), 422, urlError],
      [api.updateResource(resource.id, { url: "/relative/path" }), 422, urlError],
      [api.createResource(topic.slug, { title: "X", url: "https://example.com", kind: "PODCAST" }), 422],
      [api.updateResource(resource.id, { effortMinutes: 0 }), 422, m.apiError("validation_failed", "effortMinutes: Effort is at least 1 minute")],
      [api.updateResource(resource.id, { effortMinutes: 10_001 }), 422, m.apiError("validation_failed", "effortMinutes: Effort is at most 10,000 minutes")],
      [api.updateResource(resource.id, { effortMinutes: 1.5 }), 422],
      [api.updateResource(resource.id, { note: "x".repeat(20_001) }), 422, m.apiError("validation_failed", "note: A note can be at most 20,000 characters")],
      [api.updateTopic(topic.slug, { intro: "x".repeat(20_001) }), 422, m.apiError("validation_failed", "intro: An intro can be at most 20,000 characters")],
      [api.updateTrack(track.slug, { intro: "x".repeat(20_001) }), 422],
      [api.createKeyPoint(topic.slug, { title: "K", text: "x".repeat(20_001) }), 422],
      [api.updateTopic(topic.slug, { title: "t".repeat(201) }), 422, m.apiError("validation_failed", "title: A title can be at most 200 characters")],
      [api.updateTopic(topic.slug, { title: "   " }), 422, m.apiError("validation_failed", "title: Enter a title")],
      [api.updateTopic(topic.slug, { title: "Nul \u0000" }), 422],
      [api.updateTopic(topic.slug, {}), 422, m.apiError("validation_failed", "Send at least one field to change")],
      [api.updateTopic(topic.slug, { slug: "new-slug" }), 422],
      [api.updateResource(resource.id, { topicId: "x" }), 422],
      [api.updateResource(resource.id, { status: "DELETED" }), 422],
      [api.updateResource("cnot0a0real0resource0id", { title: "X" }), 404, m.apiError("not_found", "No resource with this id.")],
      [api.updateResource("not-an-id", { title: "X" }), 404, m.apiError("not_found", "Not found")],
      [api.updateKeyPoint("cnot0a0real0keypoint0id", { title: "X" }), 404, m.apiError("not_found", "No key point with this id.")],
      [api.updateTopic("no-such-topic", { title: "X" }), 404, m.apiError("not_found", "No topic with this slug.")],
      [api.updateTrack("no-such-track", { title: "X" }), 404, m.apiError("not_found", "No track with this slug.")],
      [api.createResource("no-such-topic", { title: "X", url: "https://example.com", kind: "ARTICLE" }), 404],
      [api.orderResources("no-such-topic", { ids: [] }), 404],
      [api.orderResources(topic.slug, { ids: "nope" }), 422],
    ];
    for (const [call, status, body] of cases) {
      const res = await call;
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      if (body) expect(res.body).toStrictEqual(body);
      else expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
    const { PATCH } = await import("@/app/api/admin/resources/[id]/route");
    const { callRoute } = await import("@/tests/support/http");
    const malformed = await callRoute(PATCH, `/api/admin/resources/${resource.id}`, { method: "PATCH", cookie: await m.sessionCookie(admin), params: { id: resource.id }, body: "{not json" });
    expect(malformed).toMatchObject({ status: 400, body: m.apiError("invalid_json", "The body is not valid JSON.") });

    expect(await rows()).toStrictEqual(snapshot);
    expect(await eventsSince(before)).toStrictEqual([]);
  });
});
