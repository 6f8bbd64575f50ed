// The learner's side of the review queue: suggesting a resource, reporting
// one, reading one's own submissions; bad input; 20 a day, then 429 with
// Retry-After, race-safe. Works on the seeded roadmap without changing it
// (submissions are not content).
import { describe, expect, it } from "vitest";
import * as suggestionsRoute from "@/app/api/topics/[slug]/suggestions/route";
import * as reportsRoute from "@/app/api/resources/[id]/reports/route";
import * as mineRoute from "@/app/api/me/submissions/route";
import { db } from "@/lib/db";
import { createUser, sessionCookie } from "@/tests/factories";
import { callRoute } from "@/tests/support/http";
import { apiError, NO_RESOURCE, NO_TOPIC, NOT_FOUND, seededTopic, UNAUTHENTICATED } from "@/tests/support/progress";

const TOPIC = "quantization";

function reviewApi(cookie?: string) {
  return {
    suggest: (slug: string, json: unknown) =>
      callRoute(suggestionsRoute.POST, `/api/topics/${slug}/suggestions`, { method: "POST", cookie, params: { slug }, json }),
    suggestRaw: (slug: string, body: string) =>
      callRoute(suggestionsRoute.POST, `/api/topics/${slug}/suggestions`, { method: "POST", cookie, params: { slug }, body }),
    report: (id: string, json: unknown) => callRoute(reportsRoute.POST, `/api/resources/${id}/reports`, { method: "POST", cookie, params: { id }, json }),
    mine: () => callRoute(mineRoute.GET, "/api/me/submissions", { cookie }),
  };
}

async function learner() {
  const user = await createUser();
  return { ...user, api: reviewApi(await sessionCookie(user)) };
}

const rowsOf = (userId: string) => db.submission.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const validation = (res: { status: number; body: unknown }) => {
  expect(res.status).toBe(422);
  return (res.body as { error: { code: string; message: string } }).error;
};

describe("without a session", () => {
  it("answers 401 to every learner route and writes nothing", async () => {
    const api = reviewApi();
    const before = await db.submission.count();
    const resourceId = (await seededTopic(TOPIC)).resourceIds[0]!;
    for (const res of [
      await api.suggest(TOPIC, { title: "x", url: "https://example.com" }),
      await api.report(resourceId, { reason: "BROKEN" }),
      await api.mine(),
    ]) {
      expect(res).toMatchObject({ status: 401, body: UNAUTHENTICATED });
    }
    expect(await db.submission.count()).toBe(before);
  });
});

describe("POST /api/topics/{slug}/suggestions", () => {
  it("records a suggestion and answers 201 { id, status: OPEN }", async () => {
    const { api, id: userId } = await learner();
    const topic = await seededTopic(TOPIC);
    const res = await api.suggest(TOPIC, { title: "  A great GPTQ walkthrough ", url: "https://example.com/gptq", kind: "ARTICLE", note: "Clear and short." });
    expect(res.status).toBe(201);
    const body = res.body as { id: string };
    expect(body).toStrictEqual({ id: expect.any(String), status: "OPEN", type: "SUGGESTION", createdAt: expect.any(String) });
    expect(await rowsOf(userId)).toMatchObject([
      { id: body.id, type: "SUGGESTION", status: "OPEN", topicId: topic.id, resourceId: null, title: "A great GPTQ walkthrough", url: "https://example.com/gptq", kind: "ARTICLE", note: "Clear and short.", reason: null, decidedAt: null },
    ]);
  });

  it("accepts only http and https URLs (422), and nothing is written", async () => {
    const { api, id: userId } = await learner();
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.com/file", "/relative/path", "example.com", "https://", `https://example.com/${"a".repeat(2050)}`]) {
      const error = validation(await api.suggest(TOPIC, { title: "Bad", url }));
      expect(error.code).toBe("validation_failed");
      expect(error.message).toMatch(/^url: /);
    }
    expect(await rowsOf(userId)).toEqual([]);
  });

  it("refuses missing, oversized and unknown fields (422), bad JSON (400), unknown or malformed topics (404)", async () => {
    const { api, id: userId } = await learner();
    expect(validation(await api.suggest(TOPIC, { url: "https://example.com" })).message).toMatch(/^title: /);
    expect(validation(await api.suggest(TOPIC, { title: "   ", url: "https://example.com" })).message).toBe("title: Enter a title");
    expect(validation(await api.suggest(TOPIC, { title: "x".repeat(201), url: "https://example.com" })).message).toBe("title: A title can be at most 200 characters");
    expect(validation(await api.suggest(TOPIC, { title: "x", url: "https://example.com", note: "n".repeat(2001) })).message).toBe("note: The note can be at most 2000 characters");
    expect(validation(await api.suggest(TOPIC, { title: "x", url: "https://example.com", kind: "PODCAST" })).message).toMatch(/^kind: /);
    expect(validation(await api.suggest(TOPIC, { title: "x", url: "https://example.com", status: "APPROVED" })).message).toMatch(/status/);
    expect(validation(await api.suggest(TOPIC, { title: "nul\u0000", url: "https://example.com" })).message).toMatch(/NUL/);
    expect(await api.suggestRaw(TOPIC, "{not json")).toMatchObject({ status: 400, body: apiError("invalid_json", "The body is not valid JSON.") });
    expect(await api.suggest("no-such-topic", { title: "x", url: "https://example.com" })).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await api.suggest("Bad_Slug", { title: "x", url: "https://example.com" })).toMatchObject({ status: 404, body: NOT_FOUND });
    expect(await rowsOf(userId)).toEqual([]);
  });
});

describe("POST /api/resources/{id}/reports", () => {
  it("records a report on the resource and its topic", async () => {
    const { api, id: userId } = await learner();
    const topic = await seededTopic(TOPIC);
    const res = await api.report(topic.resourceIds[1]!, { reason: "BROKEN", detail: "404 since last week" });
    expect(res).toMatchObject({ status: 201, body: { id: expect.any(String), status: "OPEN", type: "REPORT" } });
    expect(await rowsOf(userId)).toMatchObject([
      { type: "REPORT", status: "OPEN", topicId: topic.id, resourceId: topic.resourceIds[1], reason: "BROKEN", note: "404 since last week", title: null, url: null },
    ]);
    for (const reason of ["WRONG_LINK", "OUTDATED", "OTHER"]) expect((await api.report(topic.resourceIds[1]!, { reason })).status).toBe(201);
  });

  it("refuses unknown reasons and oversized detail (422), unknown, malformed or archived resources (404)", async () => {
    const { api, id: userId } = await learner();
    const resourceId = (await seededTopic(TOPIC)).resourceIds[0]!;
    expect(validation(await api.report(resourceId, { reason: "UGLY" })).message).toMatch(/^reason: /);
    expect(validation(await api.report(resourceId, {})).message).toMatch(/^reason: /);
    expect(validation(await api.report(resourceId, { reason: "OTHER", detail: "d".repeat(2001) })).message).toBe("detail: The detail can be at most 2000 characters");
    expect(await api.report("clzzzzzzzzzzzzzzzzzzzzzzz", { reason: "BROKEN" })).toMatchObject({ status: 404, body: NO_RESOURCE });
    expect(await api.report("not-an-id", { reason: "BROKEN" })).toMatchObject({ status: 404, body: NOT_FOUND });
    // An archived resource of an archived track of this test's own (the live catalog stays as seeded).
    const track = await db.track.create({ data: { slug: `it-review-${userId.slice(-8)}`, title: "Archived", summary: "s", position: 999, status: "ARCHIVED" } });
    const topic = await db.topic.create({ data: { trackId: track.id, slug: `it-review-topic-${userId.slice(-8)}`, number: 1, title: "T", intro: "", position: 0 } });
    const hidden = await db.resource.create({ data: { topicId: topic.id, title: "Hidden", url: "https://example.com/hidden", kind: "ARTICLE", position: 0 } });
    expect(await api.report(hidden.id, { reason: "BROKEN" })).toMatchObject({ status: 404, body: NO_RESOURCE });
    expect(await api.suggest(topic.slug, { title: "x", url: "https://example.com" })).toMatchObject({ status: 404, body: NO_TOPIC });
    expect(await rowsOf(userId)).toEqual([]);
  });
});

describe("GET /api/me/submissions", () => {
  it("lists the caller's own submissions, newest first, with what each was about; never another learner's", async () => {
    const ada = await learner();
    const bob = await learner();
    const topic = await seededTopic(TOPIC);
    const resource = await db.resource.findUniqueOrThrow({ where: { id: topic.resourceIds[0]! } });
    const suggestion = (await ada.api.suggest(TOPIC, { title: "Ada's pick", url: "https://example.com/ada" })).body as { id: string };
    const report = (await ada.api.report(resource.id, { reason: "OUTDATED" })).body as { id: string };
    await bob.api.suggest(TOPIC, { title: "Bob's pick", url: "https://example.com/bob" });

    const res = await ada.api.mine();
    expect(res.status).toBe(200);
    const topicRef = { slug: TOPIC, title: topic.title };
    expect(res.body).toStrictEqual([
      { id: report.id, type: "REPORT", status: "OPEN", decisionReason: null, createdAt: expect.any(String), decidedAt: null, topic: topicRef, title: resource.title, url: resource.url, reason: "OUTDATED", note: null },
      { id: suggestion.id, type: "SUGGESTION", status: "OPEN", decisionReason: null, createdAt: expect.any(String), decidedAt: null, topic: topicRef, title: "Ada's pick", url: "https://example.com/ada", reason: null, note: null },
    ]);
    expect((await bob.api.mine()).body).toMatchObject([{ title: "Bob's pick" }]);
    expect(await (await learner()).api.mine()).toMatchObject({ status: 200, body: [] });
  });
});

describe("at most 20 submissions a day", () => {
  it("answers the 21st with 429, Retry-After until the oldest leaves the 24-hour window, and writes nothing", async () => {
    const { api, id: userId } = await learner();
    const resourceId = (await seededTopic(TOPIC)).resourceIds[0]!;
    for (let i = 0; i < 20; i++) {
      const res = i % 2 ? await api.report(resourceId, { reason: "OTHER" }) : await api.suggest(TOPIC, { title: `Pick ${i}`, url: `https://example.com/${i}` });
      expect(res.status).toBe(201);
    }
    const refused = await api.suggest(TOPIC, { title: "One more", url: "https://example.com/21" });
    expect(refused.status).toBe(429);
    expect((refused.body as { error: { code: string } }).error.code).toBe("rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(24 * 3600 - 120);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect((await api.report(resourceId, { reason: "BROKEN" })).status).toBe(429);
    expect(await db.submission.count({ where: { userId } })).toBe(20);

    // A day later (the oldest moved back past the window) a slot is free again.
    const oldest = (await rowsOf(userId))[0]!;
    await db.submission.update({ where: { id: oldest.id }, data: { createdAt: new Date(Date.now() - 24 * 3600 * 1000 - 1000) } });
    expect((await api.suggest(TOPIC, { title: "Next day", url: "https://example.com/next" })).status).toBe(201);
  });

  it("holds under 25 concurrent submissions: exactly 20 succeed", async () => {
    const { api, id: userId } = await learner();
    const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => api.suggest(TOPIC, { title: `Burst ${i}`, url: `https://example.com/b${i}` })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(await db.submission.count({ where: { userId } })).toBe(20);
  });

  it("counts each learner separately", async () => {
    const busy = await learner();
    const topic = await seededTopic(TOPIC);
    await db.submission.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({ type: "SUGGESTION" as const, userId: busy.id, topicId: topic.id, title: `t${i}`, url: "https://example.com" })),
    });
    expect((await busy.api.suggest(TOPIC, { title: "x", url: "https://example.com/x" })).status).toBe(429);
    expect((await (await learner()).api.suggest(TOPIC, { title: "x", url: "https://example.com/x" })).status).toBe(201);
  });
});
