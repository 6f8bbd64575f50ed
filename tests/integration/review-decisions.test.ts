// The admin's side of the review queue, on a private database (approving a
// suggestion adds a resource to the live catalog, which the shared database's
// catalog tests compare with the source): who may decide, the queue's order,
// filters and cursor, approving (resource created or fixed or archived, in the
// same transaction, audited), rejecting with a reason, deciding twice (409)
// and at once (one wins), and nothing half-written when a decision fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrivateDatabase, type StartedDatabase } from "@/tests/support/private-database";

let database: StartedDatabase | undefined;

beforeAll(async () => {
  database = await startPrivateDatabase("waypoint_review");
}, 180_000);

afterAll(async () => {
  await database?.stop();
}, 60_000);

type Res = { status: number; body: unknown; headers: Headers };
const errorOf = (res: Res) => (res.body as { error: { code: string; message: string } }).error;

async function setup() {
  const { db } = database!.app.dbModule;
  const queueRoute = await import("@/app/api/admin/review/route");
  const approveRoute = await import("@/app/api/admin/review/[id]/approve/route");
  const rejectRoute = await import("@/app/api/admin/review/[id]/reject/route");
  const suggestionsRoute = await import("@/app/api/topics/[slug]/suggestions/route");
  const reportsRoute = await import("@/app/api/resources/[id]/reports/route");
  const mineRoute = await import("@/app/api/me/submissions/route");
  const { createUser, sessionCookie } = await import("@/tests/factories");
  const { callRoute } = await import("@/tests/support/http");

  const as = async (role: "ADMIN" | "LEARNER", name = role === "ADMIN" ? "Ada Admin" : "Lee Learner") => {
    const user = await createUser({ role, name });
    const cookie = await sessionCookie(user);
    return { user, ...client(cookie) };
  };
  const client = (cookie?: string) => ({
    queue: (query = "") => callRoute(queueRoute.GET, `/api/admin/review${query}`, { cookie }),
    approve: (id: string, json?: unknown, body?: string) =>
      callRoute(approveRoute.POST, `/api/admin/review/${id}/approve`, { method: "POST", cookie, params: { id }, ...(json === undefined ? { body } : { json }) }),
    reject: (id: string, json?: unknown) => callRoute(rejectRoute.POST, `/api/admin/review/${id}/reject`, { method: "POST", cookie, params: { id }, json }),
    suggest: (slug: string, json: unknown) => callRoute(suggestionsRoute.POST, `/api/topics/${slug}/suggestions`, { method: "POST", cookie, params: { slug }, json }),
    report: (id: string, json: unknown) => callRoute(reportsRoute.POST, `/api/resources/${id}/reports`, { method: "POST", cookie, params: { id }, json }),
    mine: () => callRoute(mineRoute.GET, "/api/me/submissions", { cookie }),
  });

  const track = await db.track.create({ data: { slug: "review-track", title: "Review track", summary: "s", position: 0 } });
  const topic = await db.topic.create({ data: { trackId: track.id, slug: "review-topic", number: 1, title: "Review topic", intro: "", position: 0 } });
  let position = 0;
  const resource = (title: string, url: string) =>
    db.resource.create({ data: { topicId: topic.id, title, url, kind: "ARTICLE", position: position++, seedKey: `review-topic ${url}`, sourceTitle: title } });
  return { db, as, anonymous: client(), topic, resource };
}
let s: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  s = await setup();
}, 60_000);

const submissionId = (res: Res) => (res.body as { id: string }).id;

describe("authorization", () => {
  it("refuses anonymous callers (401) and learners (403) on every admin route, changing nothing", async () => {
    const learner = await s.as("LEARNER");
    const id = submissionId(await learner.suggest("review-topic", { title: "Pick", url: "https://example.com/pick" }));
    for (const [api, status, code] of [[s.anonymous, 401, "unauthenticated"], [learner, 403, "forbidden"]] as const) {
      for (const res of [await api.queue(), await api.approve(id, {}), await api.reject(id, { reason: "no" }), await api.approve("clzzzzzzzzzzzzzzzzzzzzzzz", {})]) {
        expect(res.status).toBe(status);
        expect(errorOf(res).code).toBe(code);
      }
    }
    expect(await s.db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", decidedAt: null });
    expect(await s.db.auditEvent.count({ where: { entityId: id } })).toBe(0);
    expect(await s.db.resource.count({ where: { url: "https://example.com/pick" } })).toBe(0);
  });
});

describe("GET /api/admin/review", () => {
  it("lists open submissions oldest first, filters by type and status, and pages with a cursor", async () => {
    const admin = await s.as("ADMIN");
    const learner = await s.as("LEARNER");
    const reported = await s.resource("Queue resource", "https://example.com/queue");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = i % 2 ? await learner.report(reported.id, { reason: "OUTDATED" }) : await learner.suggest("review-topic", { title: `Queued ${i}`, url: `https://example.com/q${i}` });
      ids.push(submissionId(res));
    }
    // Spread the creation times so "oldest first" is observable.
    for (const [i, id] of ids.entries()) await s.db.submission.update({ where: { id }, data: { createdAt: new Date(Date.UTC(2020, 0, 1, 0, 0, i)) } });

    const mine = (res: Res) => (res.body as { items: Array<{ id: string }> }).items.map((item) => item.id).filter((id) => ids.includes(id));
    const all = await admin.queue("?limit=100");
    expect(all.status).toBe(200);
    expect(mine(all)).toEqual(ids);
    expect(mine(await admin.queue("?type=REPORT&limit=100"))).toEqual([ids[1], ids[3]]);
    expect(mine(await admin.queue("?type=SUGGESTION&status=OPEN&limit=100"))).toEqual([ids[0], ids[2], ids[4]]);
    expect(mine(await admin.queue("?status=REJECTED&limit=100"))).toEqual([]);

    const first = (all.body as { items: Array<Record<string, unknown>> }).items.find((item) => item.id === ids[1])!;
    expect(first).toStrictEqual({
      id: ids[1],
      type: "REPORT",
      status: "OPEN",
      decisionReason: null,
      createdAt: "2020-01-01T00:00:01.000Z",
      decidedAt: null,
      topic: { slug: "review-topic", title: "Review topic" },
      title: "Queue resource",
      url: "https://example.com/queue",
      reason: "OUTDATED",
      note: null,
      kind: null,
      submitter: { id: learner.user.id, name: "Lee Learner", email: learner.user.email },
      resource: { id: reported.id, title: "Queue resource", url: "https://example.com/queue", kind: "ARTICLE", author: null, note: null, effortMinutes: null, status: "ACTIVE" },
      decidedBy: null,
    });

    // Two at a time: every page continues where the last stopped, nothing repeated or skipped.
    const paged: string[] = [];
    let cursor: string | null = "";
    for (let page = 0; cursor !== null && page < 50; page++) {
      const res = await admin.queue(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      const body = res.body as { items: Array<{ id: string }>; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(2);
      paged.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
    }
    expect(cursor).toBeNull();
    expect(paged.filter((id) => ids.includes(id))).toEqual(ids);
    expect(new Set(paged).size).toBe(paged.length);

    expect(errorOf(await admin.queue("?status=DONE")).code).toBe("validation_failed");
    expect(errorOf(await admin.queue("?cursor=bm9wZQ")).message).toBe("cursor: not a cursor this API gave out");
    expect(errorOf(await admin.queue("?limit=1000")).code).toBe("validation_failed");
    expect(errorOf(await admin.queue("?sort=desc")).code).toBe("validation_failed");
  });
});

describe("approving", () => {
  it("a suggestion, edited first: the resource is created in its topic with the admin's values; both audited; the learner sees it", async () => {
    const admin = await s.as("ADMIN");
    const learner = await s.as("LEARNER");
    const id = submissionId(await learner.suggest("review-topic", { title: "rough title", url: "https://example.com/raw", kind: "VIDEO", note: "why" }));
    const res = await admin.approve(id, {
      resource: { title: "Polished title", url: "https://example.com/polished", kind: "COURSE", author: "Someone", note: "Worth it.", effortMinutes: 90 },
    });
    expect(res.status).toBe(200);
    const body = res.body as { resource: { id: string }; status: string; decidedBy: unknown };
    expect(body).toMatchObject({ id, status: "APPROVED", decidedAt: expect.any(String), decidedBy: { id: admin.user.id, name: "Ada Admin" } });
    expect(body.resource).toStrictEqual({
      id: expect.any(String),
      title: "Polished title",
      url: "https://example.com/polished",
      kind: "COURSE",
      author: "Someone",
      note: "Worth it.",
      effortMinutes: 90,
      effectiveEffortMinutes: 90,
      status: "ACTIVE",
      position: expect.any(Number),
      topic: s.topic.slug,
    });
    const row = await s.db.resource.findUniqueOrThrow({ where: { id: body.resource.id } });
    const last = await s.db.resource.aggregate({ where: { topicId: s.topic.id }, _max: { position: true } });
    expect(row).toMatchObject({ topicId: s.topic.id, position: last._max.position, seedKey: null, curatedAt: expect.any(Date) });
    expect(await s.db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED", resourceId: row.id, decidedById: admin.user.id });

    const audits = await s.db.auditEvent.findMany({ where: { actorId: admin.user.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.entityType, a.entityId, a.actorName, a.actorEmail])).toEqual([
      ["resource.create", "resource", row.id, "Ada Admin", admin.user.email],
      ["review.approve", "submission", id, "Ada Admin", admin.user.email],
    ]);
    expect(audits[0]!.after).toMatchObject({ title: "Polished title", url: "https://example.com/polished" });
    expect(audits[1]).toMatchObject({ entityLabel: "Suggestion “rough title”", before: { status: "OPEN" }, after: { status: "APPROVED", resourceId: row.id } });

    expect((await learner.mine()).body).toMatchObject([{ id, status: "APPROVED", decisionReason: null, decidedAt: expect.any(String) }]);
  });

  it("a suggestion with no body: created as suggested, its kind inferred when none was given", async () => {
    const admin = await s.as("ADMIN");
    const learner = await s.as("LEARNER");
    const id = submissionId(await learner.suggest("review-topic", { title: "A talk", url: "https://www.youtube.com/watch?v=abc" }));
    const res = await admin.approve(id, undefined, "");
    expect(res.status).toBe(200);
    expect((res.body as { resource: unknown }).resource).toMatchObject({ title: "A talk", url: "https://www.youtube.com/watch?v=abc", kind: "VIDEO", status: "ACTIVE" });
  });

  it("a report with a fixed URL: resolved, the resource changed and marked curated, before and after audited", async () => {
    const admin = await s.as("ADMIN");
    const learner = await s.as("LEARNER");
    const broken = await s.resource("Broken guide", "https://example.com/broken");
    const id = submissionId(await learner.report(broken.id, { reason: "BROKEN", detail: "404" }));
    const res = await admin.approve(id, { resource: { url: "https://example.com/fixed" } });
    expect(res.status).toBe(200);
    expect((res.body as { resource: unknown }).resource).toMatchObject({ id: broken.id, url: "https://example.com/fixed", title: "Broken guide", status: "ACTIVE" });
    const row = await s.db.resource.findUniqueOrThrow({ where: { id: broken.id } });
    expect(row).toMatchObject({ url: "https://example.com/fixed", curatedAt: expect.any(Date), seedKey: "review-topic https://example.com/broken" });
    const update = await s.db.auditEvent.findFirstOrThrow({ where: { entityId: broken.id, action: "resource.update" } });
    expect(update).toMatchObject({ actorId: admin.user.id, before: { url: "https://example.com/broken" }, after: { url: "https://example.com/fixed" } });
    expect(await s.db.auditEvent.count({ where: { entityId: id, action: "review.approve" } })).toBe(1);
    expect((await learner.mine()).body).toMatchObject([{ id, status: "APPROVED", url: "https://example.com/fixed" }]);
  });

  it("a report with the resource archived in the same request; with nothing to change, only resolved", async () => {
    const admin = await s.as("ADMIN");
    const learner = await s.as("LEARNER");
    const outdated = await s.resource("Old news", "https://example.com/old");
    const id = submissionId(await learner.report(outdated.id, { reason: "OUTDATED" }));
    expect((await admin.approve(id, { resource: { status: "ARCHIVED" } })).status).toBe(200);
    expect(await s.db.resource.findUniqueOrThrow({ where: { id: outdated.id } })).toMatchObject({ status: "ARCHIVED" });
    expect(await s.db.auditEvent.count({ where: { entityId: outdated.id, action: "resource.archive" } })).toBe(1);

    const fine = await s.resource("Fine", "https://example.com/fine");
    const other = submissionId(await learner.report(fine.id, { reason: "OTHER" }));
    expect((await admin.approve(other, {})).status).toBe(200);
    expect(await s.db.resource.findUniqueOrThrow({ where: { id: fine.id } })).toMatchObject({ url: "https://example.com/fine", curatedAt: null });
    expect(await s.db.auditEvent.count({ where: { entityId: fine.id } })).toBe(0);
  });
});

describe("rejecting", () => {
  it("needs a reason (422 without), then the learner sees it", async () => {
    const admin = await s.as("ADMIN");
    const learner = await s.as("LEARNER");
    const id = submissionId(await learner.suggest("review-topic", { title: "Spam", url: "https://example.com/spam" }));
    expect(errorOf(await admin.reject(id, {})).message).toMatch(/^reason: /);
    expect(errorOf(await admin.reject(id, { reason: "   " })).message).toBe("reason: Give a reason");
    expect(errorOf(await admin.reject(id, { reason: "r".repeat(2001) })).code).toBe("validation_failed");
    expect((await admin.reject(id, undefined)).status).toBe(400);
    expect(await s.db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN" });

    const res = await admin.reject(id, { reason: "Not about this topic." });
    expect(res).toMatchObject({ status: 200, body: { id, status: "REJECTED", decisionReason: "Not about this topic." } });
    expect((await learner.mine()).body).toMatchObject([{ id, status: "REJECTED", decisionReason: "Not about this topic." }]);
    expect(await s.db.auditEvent.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({ action: "review.reject", after: { status: "REJECTED", reason: "Not about this topic." } });
    expect(await s.db.resource.count({ where: { url: "https://example.com/spam" } })).toBe(0);
  });
});

describe("deciding twice, at once, or wrongly", () => {
  it("answers 409 to a second decision and 404 to unknown ids", async () => {
    const admin = await s.as("ADMIN");
    const learner = await s.as("LEARNER");
    const id = submissionId(await learner.suggest("review-topic", { title: "Twice", url: "https://example.com/twice" }));
    expect((await admin.approve(id, {})).status).toBe(200);
    const again = await admin.approve(id, {});
    expect(again).toMatchObject({ status: 409, body: { error: { code: "conflict", message: "This submission was already approved." } } });
    expect((await admin.reject(id, { reason: "late" })).status).toBe(409);
    expect(await s.db.resource.count({ where: { url: "https://example.com/twice" } })).toBe(1);
    expect(await s.db.auditEvent.count({ where: { entityId: id } })).toBe(1);

    expect(await admin.approve("clzzzzzzzzzzzzzzzzzzzzzzz", {})).toMatchObject({ status: 404, body: { error: { code: "not_found", message: "No submission with this id." } } });
    expect((await admin.reject("not-an-id", { reason: "x" })).status).toBe(404);
  });

  it("five admins approving at once: one wins, four get 409, one resource", async () => {
    const admins = await Promise.all(Array.from({ length: 5 }, () => s.as("ADMIN")));
    const learner = await s.as("LEARNER");
    const id = submissionId(await learner.suggest("review-topic", { title: "Race", url: "https://example.com/race" }));
    const answers = await Promise.all(admins.map((admin, i) => (i % 2 ? admin.reject(id, { reason: "race" }) : admin.approve(id, {}))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const decided = await s.db.submission.findUniqueOrThrow({ where: { id } });
    expect(await s.db.resource.count({ where: { url: "https://example.com/race" } })).toBe(decided.status === "APPROVED" ? 1 : 0);
    expect(await s.db.auditEvent.count({ where: { entityId: id } })).toBe(1);
  });

  it("a refused approval leaves nothing half-written: the submission stays open, no resource, no audit", async () => {
    const admin = await s.as("ADMIN");
    const learner = await s.as("LEARNER");
    const id = submissionId(await learner.suggest("review-topic", { title: "Half", url: "https://example.com/half" }));
    for (const body of [{ resource: { url: "javascript:alert(1)" } }, { resource: { title: "" } }, { resource: { effortMinutes: -5 } }, { resource: { colour: "red" } }, { resource: { status: "ARCHIVED" } }]) {
      const res = await admin.approve(id, body);
      expect(res.status).toBe(422);
    }
    expect(await s.db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", decidedAt: null, decidedById: null, resourceId: null });
    expect(await s.db.resource.count({ where: { url: "https://example.com/half" } })).toBe(0);
    expect(await s.db.auditEvent.count({ where: { entityId: id } })).toBe(0);
    expect((await admin.approve(id, undefined, "{broken")).status).toBe(400);
  });
});
