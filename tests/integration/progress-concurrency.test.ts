// Nothing lost, nothing doubled under concurrency: 50 requests at once for one
// learner and one topic or resource leave one row and a consistent roll-up;
// repeating a write changes nothing.
//
// On the embedded PGlite the app gets a pool of ONE connection for this file:
// pglite-socket (0.1.6) multiplexes every connection onto one session message
// by message, so concurrent connections interleave extended-protocol batches
// and can wedge its queue for every file (electric-sql/pglite#1046). One
// connection still runs the 50 requests concurrently in the app; the database
// side of the race (advisory locks, ON CONFLICT) is proven on PostgreSQL.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { statusAfterResourceChange } from "@/lib/progress/policy";
import type { TopicStatus } from "@/lib/progress/schema";
import { pointAppAt, type AppDatabase } from "@/tests/support/app-database";
import type { Learner } from "@/tests/support/progress";

type Support = typeof import("@/tests/support/progress");
let app: AppDatabase | undefined;
let S: Support;
let db: AppDatabase["dbModule"]["db"];

beforeAll(async () => {
  if (inject("databaseEmbedded")) app = await pointAppAt({ poolMax: 1 });
  S = await import("@/tests/support/progress");
  db = (await import("@/lib/db")).db;
});

afterAll(async () => {
  await app?.restore();
});

const N = 50;
const STATUSES: TopicStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"];
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe("50 concurrent PUT /api/progress/topics/{slug}", () => {
  it("identical: all 200 with the same answer, one topic_progress row, one activity row", async () => {
    const learner = await S.createLearner();
    const topic = await S.seededTopic("pre-training-models");
    const results = await Promise.all(times(N, () => learner.api.setStatus(topic.slug, { status: "IN_PROGRESS" })));

    const row = await S.topicRow(learner.id, topic.id);
    const expected = { topic: topic.slug, status: "IN_PROGRESS", updatedAt: row!.updatedAt.toISOString() };
    for (const res of results) {
      expect(res.status).toBe(200);
      expect(res.body).toStrictEqual(expected);
    }
    const rows = await S.learnerRows(learner.id);
    expect(rows.topicProgress).toHaveLength(1);
    expect(rows.topicProgress[0]).toMatchObject({ status: "IN_PROGRESS", completedAt: null });
    expect(await S.activityKinds(learner.id)).toStrictEqual([["TOPIC_STATUS", topic.id]]);
  });

  it("conflicting: all 200, one row holding the status of the write the database applied last, which GET answers", async () => {
    const learner = await S.createLearner();
    const topic = await S.seededTopic("post-training-datasets");
    const sent = times(N, (i) => STATUSES[i % STATUSES.length]!);
    const results = await Promise.all(sent.map((status) => learner.api.setStatus(topic.slug, { status })));

    const bodies = results.map((res, i) => {
      expect(res.status).toBe(200);
      const body = res.body as { topic: string; status: TopicStatus; updatedAt: string | null };
      // Each request answers the status it asked for (updatedAt is null only for a
      // NOT_STARTED that arrived before any row existed).
      expect(body).toStrictEqual({ topic: topic.slug, status: sent[i], updatedAt: body.updatedAt === null && sent[i] === "NOT_STARTED" ? null : expect.any(String) });
      return body;
    });
    const rows = await db.topicProgress.findMany({ where: { userId: learner.id } });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    // Writes are serialized, so the row is the one with the latest updatedAt among the answers.
    const latest = bodies.flatMap((b) => (b.updatedAt ? [b.updatedAt] : [])).sort().at(-1)!;
    expect(row!.updatedAt.toISOString()).toBe(latest);
    expect(bodies.filter((b) => b.updatedAt === latest).map((b) => b.status)).toContain(row!.status);
    expect(sent).toContain(row!.status);
    expect(row!.completedAt === null).toBe(row!.status !== "DONE");

    const get = await learner.api.getTopic(topic.slug);
    expect(get.body).toStrictEqual({ topic: topic.slug, status: row!.status, updatedAt: row!.updatedAt.toISOString(), doneResourceIds: [], newResources: 0 });
    // Activity: one per applied change into IN_PROGRESS/DONE, never more than were sent.
    const activity = await S.activityKinds(learner.id);
    expect(activity.length).toBeGreaterThan(0);
    expect(activity.length).toBeLessThanOrEqual(sent.filter((s) => s === "IN_PROGRESS" || s === "DONE").length);
    expect(new Set(activity.map(([kind]) => kind))).toStrictEqual(new Set(["TOPIC_STATUS"]));
  });
});

describe("50 concurrent PUT /api/progress/resources/{id}", () => {
  it("identical ticks: all 200, one resource_progress row, one RESOURCE_DONE, topic IN_PROGRESS", async () => {
    const learner = await S.createLearner();
    const topic = await S.seededTopic("the-llm-architecture");
    const rid = topic.resourceIds[0]!;
    const results = await Promise.all(times(N, () => learner.api.setDone(rid, { done: true })));
    for (const res of results) {
      expect(res.status).toBe(200);
      expect(res.body).toStrictEqual({ resource: rid, done: true, topicStatus: "IN_PROGRESS" });
    }
    const rows = await S.learnerRows(learner.id);
    expect(rows.resourceProgress).toHaveLength(1);
    expect(rows.resourceProgress[0]).toMatchObject({ resourceId: rid, done: true });
    expect(rows.topicProgress).toHaveLength(1);
    expect(rows.topicProgress[0]).toMatchObject({ topicId: topic.id, status: "IN_PROGRESS" });
    expect(await S.activityKinds(learner.id)).toStrictEqual([["RESOURCE_DONE", topic.id]]);
  });

  it("conflicting tick/untick on one resource with ticks on all the others: the topic's status follows the final rows", async () => {
    const learner = await S.createLearner();
    const topic = await S.seededTopic("new-trends"); // 6 resources
    const [contested, ...others] = topic.resourceIds;
    const requests = [
      ...times(N, (i) => ({ id: contested!, done: i % 2 === 0 })),
      ...others.flatMap((id) => times(3, () => ({ id, done: true }))),
    ];
    // Interleave the contested requests with the others (a fixed permutation: 7919 is prime).
    const shuffled = requests.map((r, i) => ({ r, key: (i * 7919) % requests.length })).sort((x, y) => x.key - y.key).map((x) => x.r);
    const results = await Promise.all(shuffled.map(({ id, done }) => learner.api.setDone(id, { done })));
    results.forEach((res, i) => {
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ resource: shuffled[i]!.id, done: shuffled[i]!.done });
    });

    const rows = await S.learnerRows(learner.id);
    expect(rows.resourceProgress).toHaveLength(topic.resourceIds.length);
    expect(rows.topicProgress).toHaveLength(1);
    const doneCount = rows.resourceProgress.filter((r) => r.done).length;
    const total = topic.resourceIds.length;
    // Every other resource is ticked for sure; only the contested one can go either way.
    expect(doneCount).toBeGreaterThanOrEqual(total - 1);
    // The last write was either the tick that completed the topic (→ DONE) or an untick /
    // a tick that did not complete it (→ IN_PROGRESS: it was started by a tick and never reset).
    const lastWasCompletingTick = doneCount === total;
    const expected = statusAfterResourceChange("IN_PROGRESS", { done: lastWasCompletingTick, doneCount, total });
    expect(expected).toBe(lastWasCompletingTick ? "DONE" : "IN_PROGRESS");
    expect(rows.topicProgress[0]!.status).toBe(expected);
    expect(rows.topicProgress[0]!.completedAt === null).toBe(expected !== "DONE");
    // The answer the database applied last carries that same status.
    const get = await learner.api.getTopic(topic.slug);
    expect((get.body as { status: string }).status).toBe(expected);
    expect(((get.body as { doneResourceIds: string[] }).doneResourceIds).sort()).toStrictEqual(
      rows.resourceProgress.filter((r) => r.done).map((r) => r.resourceId).sort(),
    );
    // Each tick that changed something left one RESOURCE_DONE; unticks none.
    const activity = await S.activityKinds(learner.id);
    expect(activity.every(([kind, topicId]) => kind === "RESOURCE_DONE" && topicId === topic.id)).toBe(true);
    expect(activity.length).toBeGreaterThanOrEqual(total);
    expect(activity.length).toBeLessThanOrEqual(others.length + N / 2);
  });
});

describe("50 concurrent PUT /api/notes/{slug}", () => {
  it("different bodies: all 200, one notes row whose body is one of them and equals GET, one NOTE activity", async () => {
    const learner = await S.createLearner();
    const topic = await S.seededTopic("quantization");
    const bodies = times(N, (i) => `draft ${i} ✓`);
    const results = await Promise.all(bodies.map((body) => learner.api.saveNote(topic.slug, { body })));
    results.forEach((res, i) => {
      expect(res.status).toBe(200);
      expect(res.body).toStrictEqual({ topic: topic.slug, body: bodies[i], updatedAt: expect.any(String) });
    });
    const rows = await db.note.findMany({ where: { userId: learner.id } });
    expect(rows).toHaveLength(1);
    expect(bodies).toContain(rows[0]!.body);
    expect((await learner.api.getNote(topic.slug)).body).toStrictEqual({ topic: topic.slug, body: rows[0]!.body, updatedAt: rows[0]!.updatedAt.toISOString() });
    expect(await S.activityKinds(learner.id)).toStrictEqual([["NOTE", topic.id]]);
    expect(await db.topicProgress.count({ where: { userId: learner.id } })).toBe(1);
  });
});

describe("the same write sent twice changes nothing the second time", () => {
  const twice = async (learner: Learner, write: () => Promise<{ status: number; body: unknown }>) => {
    const first = await write();
    expect(first.status).toBe(200);
    const before = await S.learnerRows(learner.id);
    const second = await write();
    expect(second.status).toBe(200);
    expect(second.body).toStrictEqual(first.body);
    expect(await S.learnerRows(learner.id)).toStrictEqual(before);
    return before;
  };

  it("status: same updatedAt, same row, no new activity", async () => {
    const learner = await S.createLearner();
    const topic = await S.seededTopic("evaluation");
    for (const status of ["IN_PROGRESS", "DONE", "SKIPPED", "NOT_STARTED"]) {
      await twice(learner, () => learner.api.setStatus(topic.slug, { status }));
    }
    expect(await S.activityKinds(learner.id)).toHaveLength(2);
  });

  it("tick and untick: same rows (resource and topic updated_at), no new activity", async () => {
    const learner = await S.createLearner();
    const topic = await S.seededTopic("evaluation");
    const rows = await twice(learner, () => learner.api.setDone(topic.resourceIds[0]!, { done: true }));
    expect(rows.activity).toHaveLength(1);
    await twice(learner, () => learner.api.setDone(topic.resourceIds[0]!, { done: false }));
    expect(await S.resourceRow(learner.id, topic.resourceIds[0]!)).toMatchObject({ done: false });
    expect(await S.activityKinds(learner.id)).toHaveLength(1);
  });

  it("note: same updatedAt, no touch of the topic, no new activity", async () => {
    const learner = await S.createLearner();
    const topic = await S.seededTopic("evaluation");
    const rows = await twice(learner, () => learner.api.saveNote(topic.slug, { body: "same **note** 😀" }));
    expect(rows.notes).toHaveLength(1);
    expect(rows.activity).toHaveLength(1);
  });

  it("50 identical note saves at once leave the row as the first save wrote it", async () => {
    const learner = await S.createLearner();
    const topic = await S.seededTopic("securing-llms");
    const results = await Promise.all(times(N, () => learner.api.saveNote(topic.slug, { body: "identical" })));
    const [row] = await db.note.findMany({ where: { userId: learner.id } });
    for (const res of results) expect(res.body).toStrictEqual({ topic: topic.slug, body: "identical", updatedAt: row!.updatedAt.toISOString() });
    expect(row!.createdAt).toStrictEqual(row!.updatedAt);
    expect(await S.activityKinds(learner.id)).toStrictEqual([["NOTE", topic.id]]);
  });
});
