// GET/PUT /api/notes/{slug}: the caller's private Markdown note on a topic.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  activityKinds,
  createLearner,
  learnerRows,
  NO_TOPIC,
  NOT_FOUND,
  seededTopic,
  topicRow,
  validationFailed,
} from "@/tests/support/progress";

const TOPIC = "supervised-fine-tuning";
const OTHER = "quantization";

const noteRow = (userId: string, topicId: string) => db.note.findUnique({ where: { userId_topicId: { userId, topicId } } });

describe("GET /api/notes/{slug}", () => {
  it("answers an empty note for a topic without one, and writes nothing", async () => {
    const { api, id } = await createLearner();
    const res = await api.getNote(TOPIC);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ topic: TOPIC, body: "", updatedAt: null });
    expect(await learnerRows(id)).toStrictEqual({ topicProgress: [], resourceProgress: [], notes: [], activity: [] });
  });

  it("answers 404 for an unknown topic and for a path that is not a slug", async () => {
    const { api } = await createLearner();
    expect(await api.getNote("no-such-topic")).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await api.getNote("Not A Slug")).toMatchObject({ status: 404, body: NOT_FOUND });
  });
});

describe("PUT /api/notes/{slug}", () => {
  it("saves the note: 200 { topic, body, updatedAt } matching the row, and GET returns it", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    const res = await api.saveNote(TOPIC, { body: "Read the LoRA paper again." });
    const row = await noteRow(id, topic.id);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ topic: TOPIC, body: "Read the LoRA paper again.", updatedAt: row!.updatedAt.toISOString() });
    expect(row).toMatchObject({ userId: id, topicId: topic.id, body: "Read the LoRA paper again." });
    expect(row!.createdAt).toStrictEqual(row!.updatedAt);

    const get = await api.getNote(TOPIC);
    expect(get.status).toBe(200);
    expect(get.body).toStrictEqual(res.body);

    // Writing a note touches the topic ("continue where you left off") without starting it, and counts as study.
    expect(await topicRow(id, topic.id)).toMatchObject({ status: "NOT_STARTED", updatedAt: row!.updatedAt });
    expect(await activityKinds(id)).toStrictEqual([["NOTE", topic.id]]);
  });

  it("replaces the body on the next save (one row, new updatedAt) and clears it with an empty body", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    const first = await api.saveNote(TOPIC, { body: "v1" });
    const second = await api.saveNote(TOPIC, { body: "v2" });
    const rows = await db.note.findMany({ where: { userId: id } });
    expect(rows).toHaveLength(1);
    expect(second.body).toStrictEqual({ topic: TOPIC, body: "v2", updatedAt: rows[0]!.updatedAt.toISOString() });
    expect(rows[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(Date.parse((first.body as { updatedAt: string }).updatedAt));
    expect(rows[0]!.createdAt.toISOString()).toBe((first.body as { updatedAt: string }).updatedAt);

    const cleared = await api.saveNote(TOPIC, { body: "" });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ topic: TOPIC, body: "" });
    expect(await noteRow(id, topic.id)).toMatchObject({ body: "" });
    expect((await api.getNote(TOPIC)).body).toStrictEqual(cleared.body);
  });

  it("keeps Markdown, emoji, combining marks and line endings byte for byte", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    const body = [
      "# LoRA ✓",
      "",
      "- **rank** `r=16`, _alpha_ 32 → see [paper](https://arxiv.org/abs/2106.09685)",
      "> quote with <b>raw html</b> & \"quotes\" and 'single' \\backslash\\",
      "| a | b |\r\n|---|---|\r\n| 1 | 2 |",
      "emoji 😀 👩🏽‍💻 🇫🇷, café vs cafe\u0301, 中文, עברית, zero\u200bwidth, tab\there",
      "```ts\nconst x = `${y}`;\n```",
      "trailing spaces   ",
      "",
    ].join("\n");
    const res = await api.saveNote(TOPIC, { body });
    expect(res.status).toBe(200);
    expect((res.body as { body: string }).body).toBe(body);
    const stored = await noteRow(id, topic.id);
    expect(Buffer.from(stored!.body, "utf8").equals(Buffer.from(body, "utf8"))).toBe(true);
    const get = await api.getNote(TOPIC);
    expect(Buffer.from((get.body as { body: string }).body, "utf8").equals(Buffer.from(body, "utf8"))).toBe(true);
  });

  it("accepts exactly 20,000 characters (also 3-byte ones) and refuses 20,001 with 422, keeping the old note", async () => {
    const { api, id } = await createLearner();
    const topic = await seededTopic(TOPIC);
    for (const body of ["x".repeat(20_000), "中".repeat(20_000)]) {
      const res = await api.saveNote(TOPIC, { body });
      expect(res.status).toBe(200);
      expect((res.body as { body: string }).body).toBe(body);
      expect((await noteRow(id, topic.id))!.body).toBe(body);
    }
    const before = await learnerRows(id);
    for (const body of ["x".repeat(20_001), "中".repeat(20_001)]) {
      const res = await api.saveNote(TOPIC, { body });
      expect(res.status).toBe(422);
      expect(res.body).toStrictEqual(validationFailed("body: A note can be at most 20,000 characters"));
    }
    expect(await learnerRows(id)).toStrictEqual(before);
    expect((await api.getNote(TOPIC)).body).toMatchObject({ body: "中".repeat(20_000) });
  });

  it("answers 404 for an unknown topic and writes nothing", async () => {
    const { api, id } = await createLearner();
    expect(await api.saveNote("no-such-topic", { body: "x" })).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await learnerRows(id)).toStrictEqual({ topicProgress: [], resourceProgress: [], notes: [], activity: [] });
  });

  it("saving an empty body on a topic without a note changes nothing", async () => {
    const { api, id } = await createLearner();
    const res = await api.saveNote(TOPIC, { body: "" });
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ topic: TOPIC, body: "", updatedAt: null });
    expect(await learnerRows(id)).toStrictEqual({ topicProgress: [], resourceProgress: [], notes: [], activity: [] });
  });

  it("keeps one note per topic: notes on two topics are separate rows", async () => {
    const { api, id } = await createLearner();
    await api.saveNote(TOPIC, { body: "one" });
    await api.saveNote(OTHER, { body: "two" });
    expect((await api.getNote(TOPIC)).body).toMatchObject({ topic: TOPIC, body: "one" });
    expect((await api.getNote(OTHER)).body).toMatchObject({ topic: OTHER, body: "two" });
    expect(await db.note.count({ where: { userId: id } })).toBe(2);
  });
});
