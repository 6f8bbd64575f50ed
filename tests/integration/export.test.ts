// GET /api/me/progress/export?format=csv|json: everything the caller recorded,
// one entry per active topic in roadmap order.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLearner, seededTopic, validationFailed, withStableCatalog, type Learner } from "@/tests/support/progress";
import { roadmap } from "@/tests/support/roadmap";

const CSV_COLUMNS = ["track", "trackTitle", "topic", "topicTitle", "status", "updatedAt", "completedAt", "resourcesDone", "resourcesTotal", "note"];

/** The export `userId` should get, from the database rows. */
async function expectedTopics(userId: string) {
  const tracks = await db.track.findMany({
    where: { status: "ACTIVE" },
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      topics: {
        where: { status: "ACTIVE" },
        orderBy: { position: "asc" },
        select: { id: true, slug: true, title: true, resources: { where: { status: "ACTIVE" }, orderBy: { position: "asc" }, select: { id: true, title: true, url: true } } },
      },
    },
  });
  const [statuses, ticks, notes] = await Promise.all([
    db.topicProgress.findMany({ where: { userId } }),
    db.resourceProgress.findMany({ where: { userId, done: true } }),
    db.note.findMany({ where: { userId } }),
  ]);
  const ticked = new Set(ticks.map((t) => t.resourceId));
  return tracks.flatMap((track) =>
    track.topics.map((topic) => {
      const status = statuses.find((s) => s.topicId === topic.id);
      const resources = topic.resources.map((r) => ({ id: r.id, title: r.title, url: r.url, done: ticked.has(r.id) }));
      return {
        track: track.slug,
        trackTitle: track.title,
        topic: topic.slug,
        topicTitle: topic.title,
        status: status?.status ?? "NOT_STARTED",
        updatedAt: status?.updatedAt.toISOString() ?? null,
        completedAt: status?.completedAt?.toISOString() ?? null,
        resourcesDone: resources.filter((r) => r.done).length,
        resourcesTotal: resources.length,
        note: notes.find((n) => n.topicId === topic.id)?.body ?? "",
        resources,
      };
    }),
  );
}

type ExportedTopic = Awaited<ReturnType<typeof expectedTopics>>[number];

/** A CSV cell as a spreadsheet would read it back: text, "" for null, formulas neutralised with a leading quote. */
const cell = (value: string | number | null) => {
  const text = value === null ? "" : String(value);
  return typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

const NOTE_WITH_EVERYTHING = 'He said "hi, there", then left;\nsecond line, with a comma\r\nthird "quoted" line\t(tab) ✓ 😀';

async function learnerWithProgress(): Promise<Learner & { topics: Record<string, string> }> {
  const learner = await createLearner({ name: "Export Tester" });
  const [a, b, c, d] = [roadmap.tracks[0]!.topics[0]!, roadmap.tracks[0]!.topics[1]!, roadmap.tracks[1]!.topics[3]!, roadmap.tracks[2]!.topics[6]!].map((t) => t.slug);
  const { api } = learner;
  await api.setStatus(a!, { status: "DONE" });
  const bTopic = await seededTopic(b!);
  await api.setDone(bTopic.resourceIds[0]!, { done: true });
  await api.setDone(bTopic.resourceIds[2]!, { done: true });
  await api.saveNote(b!, { body: NOTE_WITH_EVERYTHING });
  await api.setStatus(c!, { status: "SKIPPED" });
  await api.saveNote(c!, { body: "=HYPERLINK(\"https://evil.example\",\"click\")" });
  await api.saveNote(d!, { body: "-1+2" });
  return { ...learner, topics: { a: a!, b: b!, c: c!, d: d! } };
}

describe("GET /api/me/progress/export", () => {
  it("format=json: { exportedAt, user, topics } with every active topic in roadmap order and the learner's rows", async () => {
    const learner = await learnerWithProgress();
    const before = Date.now();
    const { res, expected } = await withStableCatalog(async () => ({
      res: await learner.api.exportJson("?format=json"),
      expected: await expectedTopics(learner.id),
    }));
    expect(res.status).toBe(200);
    const body = res.body as { exportedAt: string; topics: ExportedTopic[] };
    expect(body).toStrictEqual({
      exportedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      user: { email: learner.email, name: "Export Tester" },
      topics: expected,
    });
    expect(Date.parse(body.exportedAt)).toBeGreaterThanOrEqual(before - 1000);
    const stamp = body.exportedAt.slice(0, 10);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="waypoint-progress-${stamp}.json"`);
    expect(res.headers.get("cache-control")).toBe("no-store");

    // The learner's rows, spelled out.
    const byTopic = new Map(body.topics.map((t) => [t.topic, t]));
    expect(byTopic.get(learner.topics.a!)).toMatchObject({ status: "DONE", completedAt: expect.any(String), note: "" });
    expect(byTopic.get(learner.topics.b!)).toMatchObject({ status: "IN_PROGRESS", resourcesDone: 2, resourcesTotal: 5, note: NOTE_WITH_EVERYTHING });
    expect(byTopic.get(learner.topics.b!)!.resources.map((r) => r.done)).toStrictEqual([true, false, true, false, false]);
    expect(byTopic.get(learner.topics.c!)).toMatchObject({ status: "SKIPPED", completedAt: null });
    expect(byTopic.get(learner.topics.d!)).toMatchObject({ status: "NOT_STARTED", updatedAt: expect.any(String), note: "-1+2" });
    for (const track of roadmap.tracks) {
      expect(body.topics.filter((t) => t.track === track.slug).map((t) => t.topic)).toStrictEqual(track.topics.map((t) => t.slug));
    }
  });

  it("without a format answers the JSON export", async () => {
    const learner = await learnerWithProgress();
    const { res, expected } = await withStableCatalog(async () => ({ res: await learner.api.exportJson(), expected: await expectedTopics(learner.id) }));
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ exportedAt: expect.any(String), user: { email: learner.email, name: "Export Tester" }, topics: expected });
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="waypoint-progress-\d{4}-\d\d-\d\d\.json"$/);
  });

  it("format=csv: a header row and one row per topic; notes with commas, quotes and newlines round-trip through Papa.parse", async () => {
    const learner = await learnerWithProgress();
    const { res, expected } = await withStableCatalog(async () => ({
      res: await learner.api.exportText("?format=csv"),
      expected: await expectedTopics(learner.id),
    }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="waypoint-progress-\d{4}-\d\d-\d\d\.csv"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.text.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));

    const parsed = Papa.parse<string[]>(res.text, { skipEmptyLines: false });
    expect(parsed.errors).toStrictEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toStrictEqual(CSV_COLUMNS);
    expect(rows).toStrictEqual(
      expected.map((topic) => CSV_COLUMNS.map((column) => cell(topic[column as keyof ExportedTopic] as string | number | null))),
    );
    const noteOf = (slug: string) => rows.find((row) => row[2] === slug)![9];
    expect(noteOf(learner.topics.b!)).toBe(NOTE_WITH_EVERYTHING);
  });

  it("format=csv escapes a note that a spreadsheet would run as a formula (=, +, -, @)", async () => {
    const learner = await learnerWithProgress();
    const res = await learner.api.exportText("?format=csv");
    const rows = Papa.parse<string[]>(res.text).data;
    const noteOf = (slug: string) => rows.find((row) => row[2] === slug)![9];
    expect(noteOf(learner.topics.c!)).toBe("'=HYPERLINK(\"https://evil.example\",\"click\")");
    expect(noteOf(learner.topics.d!)).toBe("'-1+2");
    for (const body of ["+SUM(A1:A9)", "@SUM(A1)"]) {
      await learner.api.saveNote(learner.topics.a!, { body });
      const again = Papa.parse<string[]>((await learner.api.exportText("?format=csv")).text).data;
      expect(again.find((row) => row[2] === learner.topics.a)![9]).toBe(`'${body}`);
    }
  });

  it("format=csv escapes a multi-line note that starts with =", async () => {
    const learner = await learnerWithProgress();
    const body = '=HYPERLINK("https://evil.example","click")\nsecond line';
    await learner.api.saveNote(learner.topics.a!, { body });
    const rows = Papa.parse<string[]>((await learner.api.exportText("?format=csv")).text).data;
    expect(rows.find((row) => row[2] === learner.topics.a)![9]).toBe(`'${body}`);
  });

  it.each([
    ["format=xml", "?format=xml", 'format: Invalid option: expected one of "csv"|"json"'],
    ["format=CSV", "?format=CSV", 'format: Invalid option: expected one of "csv"|"json"'],
    ["format=", "?format=", 'format: Invalid option: expected one of "csv"|"json"'],
    ["an unknown parameter", "?format=json&download=1", 'Unrecognized key: "download"'],
  ])("refuses %s with 422 validation_failed", async (_, query, message) => {
    const { api } = await createLearner();
    const res = await api.exportJson(query);
    expect(res.status).toBe(422);
    expect(res.body).toStrictEqual(validationFailed(message));
  });
});
