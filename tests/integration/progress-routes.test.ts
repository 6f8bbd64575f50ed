// The progress write routes end to end: statuses, ticks and the roll-up rule
// (lib/progress/policy.ts), the study_activity rows each write leaves, the
// per-topic read, track reset, and 401 for every route without a session.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionCookie, sessionIdOf } from "@/tests/factories";
import {
  activityKinds,
  createLearner,
  learnerRows,
  NO_TOPIC,
  NO_TRACK,
  NOT_FOUND,
  progressApi,
  resourceRow,
  seededTopic,
  topicRow,
  UNAUTHENTICATED,
} from "@/tests/support/progress";
import { roadmap } from "@/tests/support/roadmap";

const TOPIC = "neural-networks"; // 4 resources
const OTHER_TOPIC = "evaluation"; // 5 resources

describe("every progress route without a session", () => {
  const signedOut = progressApi();
  const garbage = progressApi("authjs.session-token=not-a-jwt");
  const someResourceId = () => seededTopic(TOPIC).then((t) => t.resourceIds[0]!);

  const calls: Array<[string, (api: typeof signedOut) => Promise<{ status: number; body: unknown }>]> = [
    ["GET /api/progress/topics/{slug}", (api) => api.getTopic(TOPIC)],
    ["PUT /api/progress/topics/{slug}", (api) => api.setStatus(TOPIC, { status: "DONE" })],
    ["PUT /api/progress/resources/{id}", async (api) => api.setDone(await someResourceId(), { done: true })],
    ["DELETE /api/progress/tracks/{slug}", (api) => api.resetTrack("llm-fundamentals")],
    ["GET /api/notes/{slug}", (api) => api.getNote(TOPIC)],
    ["PUT /api/notes/{slug}", (api) => api.saveNote(TOPIC, { body: "sneaky" })],
    ["GET /api/me/progress", (api) => api.dashboard()],
    ["GET /api/me/progress/export", (api) => api.exportJson()],
    ["GET /api/me/progress/export?format=csv", (api) => api.exportJson("?format=csv")],
  ];

  it.each(calls)("%s answers 401 with the envelope (no cookie, and an undecryptable cookie)", async (_, call) => {
    for (const api of [signedOut, garbage]) {
      const res = await call(api);
      expect(res.status).toBe(401);
      expect(res.body).toStrictEqual(UNAUTHENTICATED);
    }
  });

  it("also refuses unknown slugs and bad bodies with 401 first (nothing is revealed before sign-in)", async () => {
    for (const res of [
      await signedOut.getTopic("no-such-topic"),
      await signedOut.setStatus("no-such-topic", { status: 1 }),
      await signedOut.setDone("not-an-id", { done: "yes" }),
      await signedOut.saveNote("Bad_Slug", { body: null }),
    ]) {
      expect(res).toMatchObject({ status: 401, body: UNAUTHENTICATED });
    }
  });

  it("refuses a valid session of a deleted user with 401", async () => {
    const learner = await createLearner();
    await db.user.delete({ where: { id: learner.id } });
    const res = await learner.api.setStatus(TOPIC, { status: "DONE" });
    expect(res.status).toBe(401);
    expect(res.body).toStrictEqual(UNAUTHENTICATED);
    expect(await db.topicProgress.count({ where: { userId: learner.id } })).toBe(0);
  });
});

describe("PUT /api/progress/topics/{slug}", () => {
  it("writes each status and answers { topic, status, updatedAt } matching the row", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);

    // Not started is what an untouched topic already is: nothing to write.
    const untouched = await api.setStatus(TOPIC, { status: "NOT_STARTED" });
    expect(untouched.status).toBe(200);
    expect(untouched.body).toStrictEqual({ topic: TOPIC, status: "NOT_STARTED", updatedAt: null });
    expect(await topicRow(id, topic.id)).toBeNull();

    let lastCompletedAt: Date | null = null;
    for (const status of ["IN_PROGRESS", "DONE", "SKIPPED", "DONE", "NOT_STARTED"] as const) {
      const res = await api.setStatus(TOPIC, { status });
      const row = await topicRow(id, topic.id);
      expect(res.status).toBe(200);
      expect(res.body).toStrictEqual({ topic: TOPIC, status, updatedAt: row!.updatedAt.toISOString() });
      expect(row).toMatchObject({ userId: id, topicId: topic.id, status });
      // completed_at: set when it becomes DONE, cleared when it stops being DONE.
      if (status === "DONE") {
        expect(row!.completedAt).toStrictEqual(row!.updatedAt);
        lastCompletedAt = row!.completedAt;
      } else {
        expect(row!.completedAt).toBeNull();
      }
    }
    expect(lastCompletedAt).not.toBeNull();
    // One row for the pair, whatever the number of writes; the status rows hold no ticks.
    expect((await learnerRows(id)).topicProgress).toHaveLength(1);
    expect((await learnerRows(id)).resourceProgress).toHaveLength(0);
  });

  it("answers the unchanged row for a repeated status (same updatedAt, no write)", async () => {
    const { api, id } = await createLearner();
    const first = await api.setStatus(TOPIC, { status: "DONE" });
    const before = await learnerRows(id);
    const again = await api.setStatus(TOPIC, { status: "DONE" });
    expect(again).toMatchObject({ status: 200, body: first.body });
    expect(await learnerRows(id)).toStrictEqual(before);
  });

  it("answers 404 for an unknown topic and writes nothing", async () => {
    const { api, id } = await createLearner();
    const res = await api.setStatus("no-such-topic", { status: "DONE" });
    expect(res.status).toBe(404);
    expect(res.body).toStrictEqual(NO_TOPIC);
    expect(await learnerRows(id)).toStrictEqual({ topicProgress: [], resourceProgress: [], notes: [], activity: [] });
  });
});

describe("GET /api/progress/topics/{slug}", () => {
  it("answers NOT_STARTED with no ticks for an untouched topic", async () => {
    const { api } = await createLearner();
    const res = await api.getTopic(TOPIC);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ topic: TOPIC, status: "NOT_STARTED", updatedAt: null, doneResourceIds: [], newResources: 0 });
  });

  it("answers the status and exactly the ticked resources (not unticked ones, not other topics')", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    const other = await seededTopic(OTHER_TOPIC);
    const [r0, r1, r2] = topic.resourceIds;
    for (const [rid, done] of [[r0, true], [r1, true], [r2, true], [r1, false], [other.resourceIds[0], true]] as const) {
      expect((await api.setDone(rid!, { done })).status).toBe(200);
    }
    const res = await api.getTopic(TOPIC);
    const row = await topicRow(id, topic.id);
    expect(res.status).toBe(200);
    const body = res.body as { doneResourceIds: string[] };
    // The contract does not order the ids: compare them as a set.
    expect({ ...body, doneResourceIds: [...body.doneResourceIds].sort() }).toStrictEqual({
      topic: TOPIC,
      status: "IN_PROGRESS",
      updatedAt: row!.updatedAt.toISOString(),
      doneResourceIds: [r0!, r2!].sort(),
      newResources: 0,
    });
  });

  it("answers 404 for an unknown topic and for a path that is not a slug", async () => {
    const { api } = await createLearner();
    expect(await api.getTopic("no-such-topic")).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await api.getTopic("../x")).toMatchObject({ status: 404, body: NOT_FOUND });
  });
});

describe("the roll-up rule through PUT /api/progress/resources/{id}", () => {
  it("moves a not-started topic to IN_PROGRESS on the first tick", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    const res = await api.setDone(topic.resourceIds[0]!, { done: true });
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ resource: topic.resourceIds[0], done: true, topicStatus: "IN_PROGRESS" });
    expect(await topicRow(id, topic.id)).toMatchObject({ status: "IN_PROGRESS", completedAt: null });
    expect(await resourceRow(id, topic.resourceIds[0]!)).toMatchObject({ done: true });
    expect(await activityKinds(id)).toStrictEqual([["RESOURCE_DONE", topic.id]]);
  });

  it("makes the topic DONE when every resource is ticked, and IN_PROGRESS again when one is unticked", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    const statuses: string[] = [];
    for (const rid of topic.resourceIds) {
      const res = await api.setDone(rid, { done: true });
      expect(res.status).toBe(200);
      statuses.push((res.body as { topicStatus: string }).topicStatus);
    }
    expect(statuses).toStrictEqual([...topic.resourceIds.slice(1).map(() => "IN_PROGRESS"), "DONE"]);
    const done = await topicRow(id, topic.id);
    expect(done).toMatchObject({ status: "DONE" });
    expect(done!.completedAt).toStrictEqual(done!.updatedAt);
    expect(await db.resourceProgress.findMany({ where: { userId: id }, select: { resourceId: true, done: true }, orderBy: { resourceId: "asc" } }))
      .toStrictEqual([...topic.resourceIds].sort().map((resourceId) => ({ resourceId, done: true })));

    const untick = await api.setDone(topic.resourceIds[2]!, { done: false });
    expect(untick.status).toBe(200);
    expect(untick.body).toStrictEqual({ resource: topic.resourceIds[2], done: false, topicStatus: "IN_PROGRESS" });
    expect(await topicRow(id, topic.id)).toMatchObject({ status: "IN_PROGRESS", completedAt: null });
    expect(await resourceRow(id, topic.resourceIds[2]!)).toMatchObject({ done: false });
    // One activity per tick, none for the untick, none for the roll-up itself.
    expect(await activityKinds(id)).toStrictEqual(topic.resourceIds.map(() => ["RESOURCE_DONE", topic.id]));

    const retick = await api.setDone(topic.resourceIds[2]!, { done: true });
    expect(retick.body).toStrictEqual({ resource: topic.resourceIds[2], done: true, topicStatus: "DONE" });
    expect(await topicRow(id, topic.id)).toMatchObject({ status: "DONE" });
    expect(await activityKinds(id)).toHaveLength(topic.resourceIds.length + 1);
  });

  it("moves a SKIPPED topic to IN_PROGRESS on a tick", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    expect((await api.setStatus(TOPIC, { status: "SKIPPED" })).status).toBe(200);
    const res = await api.setDone(topic.resourceIds[1]!, { done: true });
    expect(res.body).toStrictEqual({ resource: topic.resourceIds[1], done: true, topicStatus: "IN_PROGRESS" });
    expect(await topicRow(id, topic.id)).toMatchObject({ status: "IN_PROGRESS" });
  });

  it("leaves a status the learner chose while resources remain (DONE by hand, IN_PROGRESS on untick, SKIPPED on untick)", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    await api.setStatus(TOPIC, { status: "DONE" });
    expect((await api.setDone(topic.resourceIds[0]!, { done: true })).body).toMatchObject({ topicStatus: "DONE" });
    expect(await topicRow(id, topic.id)).toMatchObject({ status: "DONE" });

    await api.setStatus(TOPIC, { status: "IN_PROGRESS" });
    await api.setDone(topic.resourceIds[1]!, { done: true });
    expect((await api.setDone(topic.resourceIds[1]!, { done: false })).body).toMatchObject({ topicStatus: "IN_PROGRESS" });

    await api.setStatus(TOPIC, { status: "SKIPPED" });
    expect((await api.setDone(topic.resourceIds[0]!, { done: false })).body).toMatchObject({ topicStatus: "SKIPPED" });
    expect(await topicRow(id, topic.id)).toMatchObject({ status: "SKIPPED" });
  });

  it("unticking a resource that was never ticked writes nothing", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    const res = await api.setDone(topic.resourceIds[0]!, { done: false });
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ resource: topic.resourceIds[0], done: false, topicStatus: "NOT_STARTED" });
    expect(await learnerRows(id)).toStrictEqual({ topicProgress: [], resourceProgress: [], notes: [], activity: [] });
  });

  it("answers 404 for a resource id that does not exist", async () => {
    const { api, id } = await createLearner();
    const res = await api.setDone("cjld2cjxh0000qzrmn831i7rn", { done: true });
    expect(res.status).toBe(404);
    expect(res.body).toStrictEqual({ error: { code: "not_found", message: "No resource with this id." } });
    expect(await learnerRows(id)).toStrictEqual({ topicProgress: [], resourceProgress: [], notes: [], activity: [] });
  });
});

describe("study_activity rows", () => {
  it("records one TOPIC_STATUS per change to IN_PROGRESS or DONE, none for NOT_STARTED, SKIPPED or a repeat", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    const sequence = ["IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "SKIPPED", "NOT_STARTED", "SKIPPED", "IN_PROGRESS", "NOT_STARTED", "DONE"];
    const expected: Array<[string, string]> = [];
    let current = "NOT_STARTED";
    for (const status of sequence) {
      expect((await api.setStatus(TOPIC, { status })).status).toBe(200);
      if (status !== current && (status === "IN_PROGRESS" || status === "DONE")) expected.push(["TOPIC_STATUS", topic.id]);
      current = status;
      expect(await activityKinds(id)).toStrictEqual(expected);
    }
    expect(expected).toHaveLength(4);
  });

  it("records one RESOURCE_DONE per tick, none for an untick or a repeated tick", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(OTHER_TOPIC);
    const [a, b] = topic.resourceIds;
    const steps: Array<[string, boolean, number]> = [
      [a!, true, 1],
      [a!, true, 1],
      [b!, true, 2],
      [a!, false, 2],
      [a!, false, 2],
      [a!, true, 3],
    ];
    for (const [rid, done, count] of steps) {
      expect((await api.setDone(rid, { done })).status).toBe(200);
      expect(await activityKinds(id)).toStrictEqual(Array.from({ length: count }, () => ["RESOURCE_DONE", topic.id]));
    }
  });

  it("records a NOTE at most once per 30 minutes per topic", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    const other = await seededTopic(OTHER_TOPIC);
    const noteRows = () =>
      db.studyActivity.findMany({ where: { userId: id, kind: "NOTE" }, orderBy: { id: "asc" }, select: { id: true, topicId: true } });

    for (const body of ["first", "second", "third"]) expect((await api.saveNote(TOPIC, { body })).status).toBe(200);
    const [first] = await noteRows();
    expect(await noteRows()).toStrictEqual([{ id: first!.id, topicId: topic.id }]);

    // Another topic has its own half hour.
    await api.saveNote(OTHER_TOPIC, { body: "elsewhere" });
    expect((await noteRows()).map((r) => r.topicId)).toStrictEqual([topic.id, other.id]);

    // 29 minutes later: still the same half hour.
    await db.studyActivity.update({ where: { id: first!.id }, data: { occurredAt: new Date(Date.now() - 29 * 60_000) } });
    await api.saveNote(TOPIC, { body: "fourth" });
    expect((await noteRows()).map((r) => r.topicId)).toStrictEqual([topic.id, other.id]);

    // 31 minutes later: a new study action.
    await db.studyActivity.update({ where: { id: first!.id }, data: { occurredAt: new Date(Date.now() - 31 * 60_000) } });
    await api.saveNote(TOPIC, { body: "fifth" });
    expect((await noteRows()).map((r) => r.topicId)).toStrictEqual([topic.id, other.id, topic.id]);
    // An unchanged body is no study action at all.
    await api.saveNote(TOPIC, { body: "fifth" });
    expect(await activityKinds(id)).toStrictEqual([
      ["NOTE", topic.id],
      ["NOTE", other.id],
      ["NOTE", topic.id],
    ]);
  });
});

describe("DELETE /api/progress/tracks/{slug}", () => {
  const FIRST_TRACK = roadmap.tracks[0]!;
  const SECOND_TRACK = roadmap.tracks[1]!;

  it("answers 204 and removes that track's statuses and ticks only; notes, activity and other tracks stay", async () => {
    const { api, id } = await createLearner();
    const inFirst = await seededTopic(FIRST_TRACK.topics[0]!.slug);
    const alsoInFirst = await seededTopic(FIRST_TRACK.topics[2]!.slug);
    const inSecond = await seededTopic(SECOND_TRACK.topics[1]!.slug);
    await api.setStatus(inFirst.slug, { status: "DONE" });
    await api.setDone(alsoInFirst.resourceIds[0]!, { done: true });
    await api.setDone(alsoInFirst.resourceIds[1]!, { done: true });
    await api.setDone(alsoInFirst.resourceIds[1]!, { done: false });
    await api.saveNote(alsoInFirst.slug, { body: "kept after reset" });
    await api.setStatus(inSecond.slug, { status: "SKIPPED" });
    await api.setDone(inSecond.resourceIds[0]!, { done: true });
    await api.saveNote(inSecond.slug, { body: "other track" });

    const before = await learnerRows(id);
    const firstTopicIds = new Set([inFirst.id, alsoInFirst.id]);
    const firstResourceIds = new Set(alsoInFirst.resourceIds);
    expect(before.topicProgress).toHaveLength(3);
    expect(before.resourceProgress).toHaveLength(3);

    const res = await api.resetTrack(FIRST_TRACK.slug);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    const after = await learnerRows(id);
    expect(after).toStrictEqual({
      topicProgress: before.topicProgress.filter((row) => !firstTopicIds.has(row.topicId)),
      resourceProgress: before.resourceProgress.filter((row) => !firstResourceIds.has(row.resourceId)),
      notes: before.notes,
      activity: before.activity,
    });
    expect(after.topicProgress).toHaveLength(1);
    expect(after.resourceProgress).toHaveLength(1);
    expect(after.notes).toHaveLength(2);

    // The track reads as untouched again; the note is still there.
    expect((await api.getTopic(alsoInFirst.slug)).body).toStrictEqual({ topic: alsoInFirst.slug, status: "NOT_STARTED", updatedAt: null, doneResourceIds: [], newResources: 0 });
    expect((await api.getNote(alsoInFirst.slug)).body).toMatchObject({ body: "kept after reset" });

    // Idempotent: a second reset is still 204 and changes nothing.
    const again = await api.resetTrack(FIRST_TRACK.slug);
    expect(again.status).toBe(204);
    expect(await learnerRows(id)).toStrictEqual(after);
  });

  it("answers 404 for an unknown track and for a path that is not a slug, and deletes nothing", async () => {
    const { api, id } = await createLearner();
    await api.setStatus(TOPIC, { status: "DONE" });
    const before = await learnerRows(id);
    expect(await api.resetTrack("no-such-track")).toMatchObject({ status: 404, body: NO_TRACK });
    expect(await api.resetTrack("../llm-fundamentals")).toMatchObject({ status: 404, body: NOT_FOUND });
    expect(await learnerRows(id)).toStrictEqual(before);
  });

  it("resets only the caller's rows", async () => {
    const a = await createLearner();
    const b = await createLearner();
    await a.api.setStatus(TOPIC, { status: "DONE" });
    await b.api.setStatus(TOPIC, { status: "DONE" });
    const aBefore = await learnerRows(a.id);
    expect((await b.api.resetTrack("llm-fundamentals")).status).toBe(204);
    expect(await learnerRows(a.id)).toStrictEqual(aBefore);
    expect((await learnerRows(b.id)).topicProgress).toStrictEqual([]);
  });
});

describe("sessions", () => {
  it("a cookie of an ended session is refused with 401 and writes nothing", async () => {
    const learner = await createLearner();
    const stale = await sessionCookie(learner);
    await db.userSession.delete({ where: { id: await sessionIdOf(stale) } });
    const res = await progressApi(stale).setStatus(TOPIC, { status: "DONE" });
    expect(res).toMatchObject({ status: 401, body: UNAUTHENTICATED });
    expect(await db.topicProgress.count({ where: { userId: learner.id } })).toBe(0);
  });
});
