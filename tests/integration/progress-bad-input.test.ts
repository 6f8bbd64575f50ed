// Bad input on every progress write route: malformed JSON (400), bodies that
// do not match the schema (422), paths that name nothing (404), archived
// content (404). Never a 500, and nothing is written.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  apiError,
  createLearner,
  INVALID_JSON,
  learnerRows,
  NO_RESOURCE,
  NO_TOPIC,
  NO_TRACK,
  NOT_FOUND,
  raw,
  seededTopic,
  validationFailed,
  type Learner,
  type SeededTopic,
} from "@/tests/support/progress";

const TOPIC = "preference-alignment";
const NOTHING = { topicProgress: [], resourceProgress: [], notes: [], activity: [] };

type Route = "status" | "tick" | "note";
/** Calls one write route with `input` (a JSON value, or raw(...) for a verbatim body). */
const write = (learner: Learner, route: Route, input: unknown, target: { slug: string; resourceId: string }) =>
  route === "status"
    ? learner.api.setStatus(target.slug, input)
    : route === "tick"
      ? learner.api.setDone(target.resourceId, input)
      : learner.api.saveNote(target.slug, input);

let topic: SeededTopic;
let target: { slug: string; resourceId: string };
beforeAll(async () => {
  topic = await seededTopic(TOPIC);
  target = { slug: TOPIC, resourceId: topic.resourceIds[0]! };
});

describe("malformed JSON → 400 invalid_json", () => {
  const bodies = ['{"status":"DONE"', '{"done":true', '{"body":"x"', "{", "", "status=DONE", "{'body': 'single quotes'}", "undefined", "[1,]"];
  it.each(["status", "tick", "note"] as const)("PUT %s route", async (route) => {
    const learner = await createLearner();
    for (const body of bodies) {
      const res = await write(learner, route, raw(body), target);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toStrictEqual(INVALID_JSON);
    }
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
  });
});

describe("bodies that do not match the schema → 422 validation_failed", () => {
  const STATUS_OPTIONS = 'status: Invalid option: expected one of "NOT_STARTED"|"IN_PROGRESS"|"DONE"|"SKIPPED"';
  const cases: Array<[Route, string, unknown, string]> = [
    ["status", "a number status", { status: 1 }, STATUS_OPTIONS],
    ["status", "a lower-case status", { status: "done" }, STATUS_OPTIONS],
    ["status", "an unknown status", { status: "FINISHED" }, STATUS_OPTIONS],
    ["status", "a null status", { status: null }, STATUS_OPTIONS],
    ["status", "an empty object", {}, STATUS_OPTIONS],
    ["status", "an array", [{ status: "DONE" }], "Invalid input: expected object, received array"],
    ["status", "null", null, "Invalid input: expected object, received null"],
    ["status", "a bare string", "DONE", "Invalid input: expected object, received string"],
    ["status", "an unknown field", { status: "DONE", note: "x" }, 'Unrecognized key: "note"'],
    ["tick", "a string for done", { done: "yes" }, "done: Invalid input: expected boolean, received string"],
    ["tick", "a number for done", { done: 1 }, "done: Invalid input: expected boolean, received number"],
    ["tick", "a null done", { done: null }, "done: Invalid input: expected boolean, received null"],
    ["tick", "an empty object", {}, "done: Invalid input: expected boolean, received undefined"],
    ["tick", "an array", [true], "Invalid input: expected object, received array"],
    ["tick", "a bare boolean", true, "Invalid input: expected object, received boolean"],
    ["tick", "an unknown field", { done: true, resourceId: "x" }, 'Unrecognized key: "resourceId"'],
    ["note", "a null body", { body: null }, "body: Invalid input: expected string, received null"],
    ["note", "a number body", { body: 42 }, "body: Invalid input: expected string, received number"],
    ["note", "an object body", { body: { text: "x" } }, "body: Invalid input: expected string, received object"],
    ["note", "an empty object", {}, "body: Invalid input: expected string, received undefined"],
    ["note", "an array", ["x"], "Invalid input: expected object, received array"],
    ["note", "an overlong body", { body: "x".repeat(20_001) }, "body: A note can be at most 20,000 characters"],
    ["note", "an unknown field", { body: "x", topic: "other" }, 'Unrecognized key: "topic"'],
  ];

  it.each(cases)("PUT %s: %s", async (route, _, input, message) => {
    const learner = await createLearner();
    const res = await write(learner, route, input, target);
    expect(res.status).toBe(422);
    expect(res.body).toStrictEqual(validationFailed(message));
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
  });

  it.each(["status", "tick", "note"] as const)("PUT %s with a userId field is refused and writes for nobody", async (route) => {
    const caller = await createLearner();
    const victim = await createLearner();
    const input = route === "status" ? { status: "DONE", userId: victim.id } : route === "tick" ? { done: true, userId: victim.id } : { body: "mine", userId: victim.id };
    const res = await write(caller, route, input, target);
    expect(res.status).toBe(422);
    expect(res.body).toStrictEqual(validationFailed('Unrecognized key: "userId"'));
    expect(await learnerRows(victim.id)).toStrictEqual(NOTHING);
    expect(await learnerRows(caller.id)).toStrictEqual(NOTHING);
  });

  it("validates the body before looking up the topic: an unknown slug with a bad body is 422", async () => {
    const learner = await createLearner();
    expect(await learner.api.setStatus("no-such-topic", { status: "NOPE" })).toMatchObject({ status: 422 });
  });

  it.each(["status", "tick", "note"] as const)("PUT %s with a body over 64 KiB → 413 payload_too_large", async (route) => {
    const learner = await createLearner();
    const res = await write(learner, route, raw(`{"body":"${"x".repeat(70_000)}"}`), target);
    expect(res.status).toBe(413);
    expect(res.body).toStrictEqual(apiError("payload_too_large", "The body is larger than 64 KiB."));
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
  });

  it("PUT note with a NUL character is refused with 422, not 500", async () => {
    const learner = await createLearner();
    const res = await learner.api.saveNote(TOPIC, { body: "before\u0000after" });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { code: "validation_failed" } });
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
  });
});

describe("paths that name nothing → 404", () => {
  const notIds = ["not-an-id", "../x", "..%2Fx", "a".repeat(500), "", " ", "CJLD2CJXH0000QZRMN831I7RN", "cjld2cjxh0000qzrmn831i7rn'--", "x\u0000"];

  it("PUT /api/progress/resources/{id} with something that is not an id", async () => {
    const learner = await createLearner();
    for (const id of notIds) {
      const res = await learner.api.setDone(id, { done: true });
      expect(res.status, JSON.stringify(id)).toBe(404);
      expect(res.body).toStrictEqual(NOT_FOUND);
    }
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
  });

  it("PUT /api/progress/resources/{id} with a well-formed cuid that does not exist (404 before the body is read)", async () => {
    const learner = await createLearner();
    for (const id of ["cjld2cjxh0000qzrmn831i7rn", "z".repeat(25), "a".repeat(40)]) {
      expect(await learner.api.setDone(id, { done: true })).toMatchObject({ status: 404, body: NO_RESOURCE });
    }
    // The path is checked first: a bad id with a bad body is still 404.
    expect(await learner.api.setDone("not-an-id", { done: "yes" })).toMatchObject({ status: 404, body: NOT_FOUND });
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
  });

  const notSlugs = ["../x", "..", "a".repeat(500), "", "Upper-Case", "under_score", "-leading", "trailing-", "a--b", "x\u0000", "' OR 1=1 --"];

  it.each([
    ["PUT /api/progress/topics/{slug}", (l: Learner, s: string) => l.api.setStatus(s, { status: "DONE" })],
    ["GET /api/progress/topics/{slug}", (l: Learner, s: string) => l.api.getTopic(s)],
    ["PUT /api/notes/{slug}", (l: Learner, s: string) => l.api.saveNote(s, { body: "x" })],
    ["GET /api/notes/{slug}", (l: Learner, s: string) => l.api.getNote(s)],
    ["DELETE /api/progress/tracks/{slug}", (l: Learner, s: string) => l.api.resetTrack(s)],
  ])("%s: a path that is not a slug → 404 Not found; an unknown slug → 404 with its message", async (name, call) => {
    const learner = await createLearner();
    for (const slug of notSlugs) {
      const res = await call(learner, slug);
      expect(res.status, JSON.stringify(slug)).toBe(404);
      expect(res.body).toStrictEqual(NOT_FOUND);
    }
    const unknown = name.includes("tracks") ? NO_TRACK : NO_TOPIC;
    for (const slug of ["no-such-topic", "a".repeat(200), "the-llm-scientist"]) {
      // A track slug is not a topic slug (and a topic slug is not a track slug).
      const probe = name.includes("tracks") && slug === "the-llm-scientist" ? TOPIC : slug;
      expect(await call(learner, probe)).toMatchObject({ status: 404, body: unknown });
    }
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
  });
});

describe("archived content → 404", () => {
  // Rows of our own with unique slugs under an ARCHIVED track, so no other file's catalog changes.
  const suffix = randomUUID().slice(0, 8);
  const slugs = {
    track: `bad-input-track-${suffix}`,
    archivedTopic: `bad-input-archived-${suffix}`,
    activeTopic: `bad-input-active-${suffix}`,
  };
  let trackId = "";
  let archivedTopicId = "";
  let resourceOfArchivedTopic = "";
  let archivedResource = "";
  let activeResourceInArchivedTrack = "";

  beforeAll(async () => {
    const track = await db.track.create({
      data: { slug: slugs.track, title: "Bad input", summary: "Made by a test.", position: 2000, status: "ARCHIVED" },
    });
    trackId = track.id;
    const archived = await db.topic.create({
      data: { trackId, slug: slugs.archivedTopic, number: 1, title: "Archived", intro: "", position: 0, status: "ARCHIVED" },
    });
    archivedTopicId = archived.id;
    const active = await db.topic.create({ data: { trackId, slug: slugs.activeTopic, number: 2, title: "Active", intro: "", position: 1 } });
    const resource = (topicId: string, position: number, status: "ACTIVE" | "ARCHIVED") =>
      db.resource.create({
        data: { topicId, title: `R${position}`, url: `https://example.com/${suffix}/${position}`, kind: "ARTICLE", position, status },
        select: { id: true },
      });
    resourceOfArchivedTopic = (await resource(archived.id, 0, "ACTIVE")).id;
    archivedResource = (await resource(active.id, 1, "ARCHIVED")).id;
    activeResourceInArchivedTrack = (await resource(active.id, 2, "ACTIVE")).id;
  });

  afterAll(async () => {
    if (!trackId) return;
    await db.resource.deleteMany({ where: { topic: { trackId } } });
    await db.topic.deleteMany({ where: { trackId } });
    await db.track.delete({ where: { id: trackId } });
  });

  it("an archived topic: status, progress and notes answer 404 and write nothing", async () => {
    const learner = await createLearner();
    expect(await learner.api.setStatus(slugs.archivedTopic, { status: "DONE" })).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await learner.api.getTopic(slugs.archivedTopic)).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await learner.api.saveNote(slugs.archivedTopic, { body: "x" })).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await learner.api.getNote(slugs.archivedTopic)).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
    expect(await db.topicProgress.count({ where: { topicId: archivedTopicId } })).toBe(0);
  });

  it("an archived resource, and an active resource of an archived topic: 404 and nothing written", async () => {
    const learner = await createLearner();
    for (const id of [archivedResource, resourceOfArchivedTopic]) {
      for (const done of [true, false]) {
        expect(await learner.api.setDone(id, { done })).toMatchObject({ status: 404, body: NO_RESOURCE });
      }
    }
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
  });

  it("an archived track cannot be reset: 404", async () => {
    const learner = await createLearner();
    expect(await learner.api.resetTrack(slugs.track)).toMatchObject({ status: 404, body: NO_TRACK });
  });

  it("a topic and resource of an archived track: 404 like the catalog", async () => {
    const learner = await createLearner();
    expect(await learner.api.setStatus(slugs.activeTopic, { status: "DONE" })).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await learner.api.getTopic(slugs.activeTopic)).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await learner.api.saveNote(slugs.activeTopic, { body: "x" })).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await learner.api.getNote(slugs.activeTopic)).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await learner.api.setDone(activeResourceInArchivedTrack, { done: true })).toMatchObject({ status: 404, body: NO_RESOURCE });
    expect(await learnerRows(learner.id)).toStrictEqual(NOTHING);
  });
});
