// One learner's notes and progress are invisible to, and untouchable by, another:
// every read and write is scoped by the session's user, and no route takes a user id.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createLearner,
  learnerRows,
  seededTopic,
  validationFailed,
  withStableCatalog,
  type Learner,
  type SeededTopic,
} from "@/tests/support/progress";

const NOTE_TOPIC = "retrieval-augmented-generation";
const STATUS_TOPIC = "advanced-rag";
const TICK_TOPIC = "inference-optimization";

let a: Learner;
let b: Learner;
let tickTopic: SeededTopic;
let aRows: Awaited<ReturnType<typeof learnerRows>>;

beforeAll(async () => {
  [a, b] = await Promise.all([createLearner({ name: "Learner A" }), createLearner({ name: "Learner B" })]);
  tickTopic = await seededTopic(TICK_TOPIC);
  expect((await a.api.saveNote(NOTE_TOPIC, { body: "A's private thoughts" })).status).toBe(200);
  expect((await a.api.setStatus(STATUS_TOPIC, { status: "DONE" })).status).toBe(200);
  for (const id of tickTopic.resourceIds.slice(0, 2)) expect((await a.api.setDone(id, { done: true })).status).toBe(200);
  aRows = await learnerRows(a.id);
  expect(aRows.notes).toHaveLength(1);
  expect(aRows.resourceProgress).toHaveLength(2);
});

describe("learner B reads none of learner A's records", () => {
  it("GET /api/notes/{slug}: B sees an empty note", async () => {
    const res = await b.api.getNote(NOTE_TOPIC);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ topic: NOTE_TOPIC, body: "", updatedAt: null });
  });

  it("GET /api/progress/topics/{slug}: B sees untouched topics", async () => {
    for (const slug of [STATUS_TOPIC, TICK_TOPIC, NOTE_TOPIC]) {
      const res = await b.api.getTopic(slug);
      expect(res.status).toBe(200);
      expect(res.body).toStrictEqual({ topic: slug, status: "NOT_STARTED", updatedAt: null, doneResourceIds: [], newResources: 0 });
    }
  });

  it("GET /api/me/progress: B's dashboard equals a brand-new learner's", async () => {
    const fresh = await createLearner();
    const { mine, theirs } = await withStableCatalog(async () => ({ mine: await b.api.dashboard(), theirs: await fresh.api.dashboard() }));
    expect(mine.status).toBe(200);
    expect(mine.body).toStrictEqual(theirs.body);
    expect(mine.body).toMatchObject({ overall: { done: 0 }, continue: null, streak: { current: 0, longest: 0 } });
    expect((mine.body as { activity: { count: number }[] }).activity.every((d) => d.count === 0)).toBe(true);
  });

  it("GET /api/me/progress/export: B's export names B and holds none of A's rows", async () => {
    const res = await b.api.exportJson("?format=json");
    expect(res.status).toBe(200);
    const body = res.body as { user: unknown; topics: Array<{ status: string; updatedAt: unknown; note: string; resourcesDone: number; resources: { done: boolean }[] }> };
    expect(body.user).toStrictEqual({ email: b.email, name: "Learner B" });
    for (const topic of body.topics) {
      expect(topic).toMatchObject({ status: "NOT_STARTED", updatedAt: null, completedAt: null, note: "", resourcesDone: 0 });
      expect(topic.resources.every((r) => !r.done)).toBe(true);
    }
    const csv = await b.api.exportText("?format=csv");
    expect(csv.status).toBe(200);
    expect(csv.text).not.toContain("A's private thoughts");
    expect(csv.text).not.toContain("DONE");
  });
});

describe("learner B's writes change only B's rows", () => {
  it("B's statuses, ticks, unticks, notes and reset leave A's rows byte-identical", async () => {
    const writes = [
      () => b.api.setStatus(STATUS_TOPIC, { status: "SKIPPED" }),
      () => b.api.setStatus(NOTE_TOPIC, { status: "DONE" }),
      () => b.api.setDone(tickTopic.resourceIds[0]!, { done: true }),
      () => b.api.setDone(tickTopic.resourceIds[1]!, { done: false }),
      () => b.api.setDone(tickTopic.resourceIds[2]!, { done: true }),
      () => b.api.saveNote(NOTE_TOPIC, { body: "B's own note" }),
    ];
    for (const write of writes) expect((await write()).status).toBe(200);
    expect(await learnerRows(a.id)).toStrictEqual(aRows);
    expect((await a.api.getNote(NOTE_TOPIC)).body).toMatchObject({ body: "A's private thoughts" });
    expect((await b.api.getNote(NOTE_TOPIC)).body).toMatchObject({ body: "B's own note" });

    const bRows = await learnerRows(b.id);
    expect(bRows.topicProgress.map((r) => r.status).sort()).toStrictEqual(["DONE", "IN_PROGRESS", "SKIPPED"]);
    expect(bRows.resourceProgress.map((r) => r.resourceId).sort()).toStrictEqual([tickTopic.resourceIds[0], tickTopic.resourceIds[2]].sort());
    for (const rows of Object.values(bRows)) for (const row of rows) expect(row.userId).toBe(b.id);

    expect((await b.api.resetTrack("the-llm-engineer")).status).toBe(204);
    expect(await learnerRows(a.id)).toStrictEqual(aRows);
    expect((await learnerRows(b.id)).topicProgress).toStrictEqual([]);
  });
});

describe("no request can name another user", () => {
  it("a userId field in any write body is refused with 422 and writes nothing for anyone", async () => {
    const c = await createLearner();
    const attempts = [
      () => c.api.setStatus(STATUS_TOPIC, { status: "IN_PROGRESS", userId: a.id }),
      () => c.api.setDone(tickTopic.resourceIds[3]!, { done: true, userId: a.id }),
      () => c.api.saveNote(NOTE_TOPIC, { body: "overwritten?", userId: a.id }),
      () => c.api.setStatus(STATUS_TOPIC, { status: "IN_PROGRESS", user: { id: a.id } }),
    ];
    for (const attempt of attempts) {
      const res = await attempt();
      expect(res.status).toBe(422);
      expect((res.body as { error: { code: string; message: string } }).error.code).toBe("validation_failed");
      expect((res.body as { error: { message: string } }).error.message).toMatch(/^Unrecognized key: "(userId|user)"$/);
    }
    expect(await learnerRows(a.id)).toStrictEqual(aRows);
    expect(await learnerRows(c.id)).toStrictEqual({ topicProgress: [], resourceProgress: [], notes: [], activity: [] });
  });

  it("?userId=<A> on reads answers the caller's own data", async () => {
    const c = await createLearner();
    const q = `?userId=${a.id}&user=${a.id}`;
    expect((await c.api.getNote(NOTE_TOPIC, q)).body).toStrictEqual({ topic: NOTE_TOPIC, body: "", updatedAt: null });
    expect((await c.api.getTopic(STATUS_TOPIC, q)).body).toStrictEqual({ topic: STATUS_TOPIC, status: "NOT_STARTED", updatedAt: null, doneResourceIds: [], newResources: 0 });
    const { withQuery, without } = await withStableCatalog(async () => ({ withQuery: await c.api.dashboard(q), without: await c.api.dashboard() }));
    expect(withQuery.status).toBe(200);
    expect(withQuery.body).toStrictEqual(without.body);
  });

  it("?userId=<A> on writes writes the caller's rows only", async () => {
    const c = await createLearner();
    const q = `?userId=${a.id}`;
    expect((await c.api.setStatus(STATUS_TOPIC, { status: "IN_PROGRESS" }, q)).status).toBe(200);
    expect((await c.api.setDone(tickTopic.resourceIds[3]!, { done: true }, q)).status).toBe(200);
    expect((await c.api.saveNote(NOTE_TOPIC, { body: "C's note" }, q)).status).toBe(200);
    expect((await c.api.resetTrack("llm-fundamentals", q)).status).toBe(204);
    expect(await learnerRows(a.id)).toStrictEqual(aRows);
    const cRows = await learnerRows(c.id);
    expect([cRows.topicProgress.length, cRows.resourceProgress.length, cRows.notes.length]).toStrictEqual([3, 1, 1]);
  });

  it("?userId=<A> on the export is refused (the query schema is strict): 422, never A's data", async () => {
    const c = await createLearner();
    for (const query of [`?userId=${a.id}`, `?format=csv&userId=${a.id}`]) {
      const res = await c.api.exportJson(query);
      expect(res.status).toBe(422);
      expect(res.body).toStrictEqual(validationFailed('Unrecognized key: "userId"'));
    }
  });

  // Team routes name a team member in one path (…/members/{userId}); what a
  // caller may do there is decided by their role in that team, never by the id
  // (tests/integration/teams-authorization.test.ts runs that matrix).
  it("no learner route has a user id in its path: outside teams and admin, dynamic segments are slugs, resource, run and submission ids, and Auth.js's", () => {
    const apiDir = path.resolve("app", "api");
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name));
        else if (/^route\.(ts|tsx|js)$/.test(entry.name)) routes.push(path.relative(apiDir, dir).split(path.sep).join("/"));
      }
    };
    walk(apiDir);
    // Admin routes (/api/admin/**) may name any row, a user included (PATCH /api/admin/users/{id}): they
    // answer admins only, which tests/integration/curation-authorization.test.ts checks route by route.
    // Team routes name a team, member or invite token: tests/integration/teams-authorization.test.ts covers them.
    const dynamic = routes
      .filter((r) => r.includes("[") && !r.startsWith("admin/") && !r.startsWith("teams/[teamId]") && !r.startsWith("invites/[token]"))
      .sort();
    expect(dynamic).toStrictEqual([
      "auth/[...nextauth]",
      "me/reviews/[slug]",
      "notes/[slug]",
      "progress/resources/[id]",
      "progress/topics/[slug]",
      "progress/tracks/[slug]",
      "resources/[id]/reports",
      "topics/[slug]",
      "topics/[slug]/suggestions",
      "tracks/[slug]",
    ]);
  });
});
