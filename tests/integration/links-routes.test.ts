// The link-health routes on the seeded roadmap: who may call them (anonymous
// 401, learner 403, nothing written when refused), bad input, and the flags
// the shipped content carries without any network (DUPLICATE, SUSPICIOUS).
// No worker runs here: a queued run stays queued, nothing is fetched.
import { afterAll, describe, expect, it } from "vitest";
import * as linkChecksRoute from "@/app/api/admin/link-checks/route";
import * as linkCheckRoute from "@/app/api/admin/link-checks/[id]/route";
import * as linksRoute from "@/app/api/admin/links/route";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { createUser, sessionCookie } from "@/tests/factories";
import { callRoute } from "@/tests/support/http";
import { apiError, UNAUTHENTICATED } from "@/tests/support/progress";
import { roadmap } from "@/tests/support/roadmap";

afterAll(async () => {
  await stopBoss({ graceful: false });
});

const FORBIDDEN = apiError("forbidden", "You do not have permission to do this.");

const api = (cookie?: string) => ({
  post: () => callRoute(linkChecksRoute.POST, "/api/admin/link-checks", { method: "POST", cookie }),
  get: (id: string) => callRoute(linkCheckRoute.GET, `/api/admin/link-checks/${id}`, { cookie, params: { id } }),
  links: (query = "") => callRoute(linksRoute.GET, `/api/admin/links${query}`, { cookie }),
});

const seedUrls = new Set(
  roadmap.tracks.flatMap((track) =>
    track.topics.flatMap((topic) => [
      ...topic.introLinks.map((l) => l.url),
      ...topic.keyPoints.flatMap((p) => p.links.map((l) => l.url)),
      ...topic.resources.flatMap((r) => [r.url, ...r.links.map((l) => l.url)]),
    ]),
  ),
);

type Item = { url: string; flags: string[]; duplication: string | null; suspicion: string | null; resources: unknown[]; mentions: unknown[]; lastCheck: unknown };

describe("authorization", () => {
  it("refuses anonymous callers (401) and learners (403) on every route, writing nothing", async () => {
    const learner = await createUser();
    const runs = await db.linkCheckRun.count();
    for (const [client, status, body] of [
      [api(), 401, UNAUTHENTICATED],
      [api("authjs.session-token=garbage"), 401, UNAUTHENTICATED],
      [api(await sessionCookie(learner)), 403, FORBIDDEN],
    ] as const) {
      for (const res of [await client.post(), await client.get("clzzzzzzzzzzzzzzzzzzzzzzz"), await client.links(), await client.links("?flag=BROKEN")]) {
        expect(res).toStrictEqual({ status, body, headers: expect.anything() });
      }
    }
    expect(await db.linkCheckRun.count()).toBe(runs);
  });
});

describe("as an admin", () => {
  it("POST queues one run (202) and answers that same run while it is queued; GET shows it", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const client = api(await sessionCookie(admin));
    const first = await client.post();
    expect(first.status).toBe(202);
    const run = first.body as { id: string; status: string };
    expect(run.status).toBe("QUEUED");
    const again = await client.post();
    expect(again).toMatchObject({ status: 202, body: { id: run.id, status: "QUEUED" } });
    expect(await db.linkCheckRun.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })).toBe(1);
    expect(await client.get(run.id)).toMatchObject({ status: 200, body: { ...run, total: 0, checked: 0 } });
  });

  it("concurrent POSTs still make one run", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const client = api(await sessionCookie(admin));
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.post()));
    expect(new Set(answers.map((a) => (a.body as { id: string }).id)).size).toBe(1);
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
    expect(await db.linkCheckRun.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })).toBe(1);
  });

  it("answers 404 for unknown or malformed run ids and 422 for an unknown flag", async () => {
    const client = api(await sessionCookie(await createUser({ role: "ADMIN" })));
    expect(await client.get("clzzzzzzzzzzzzzzzzzzzzzzz")).toMatchObject({ status: 404, body: apiError("not_found", "No link check with this id.") });
    expect(await client.get("../etc")).toMatchObject({ status: 404, body: apiError("not_found", "Not found") });
    const bad = await client.links("?flag=WEIRD");
    expect(bad.status).toBe(422);
    expect((bad.body as { error: { code: string } }).error.code).toBe("validation_failed");
    expect((await client.links("?flag=BROKEN&extra=1")).status).toBe(422);
  });

  it("flags the shipped roadmap's DARE/TIES arXiv link DUPLICATE and “Hugging Face Spaces” → chatgpt.com SUSPICIOUS, nothing else", async () => {
    const client = api(await sessionCookie(await createUser({ role: "ADMIN" })));
    const seeded = (items: Item[]) => items.filter((item) => seedUrls.has(item.url));

    const duplicates = seeded(((await client.links("?flag=DUPLICATE")).body as { items: Item[] }).items);
    expect(duplicates).toStrictEqual([
      expect.objectContaining({
        url: "https://arxiv.org/abs/2311.03099",
        flags: ["DUPLICATE"],
        duplication: "“DARE” and “TIES” share this address",
        resources: [],
        mentions: [
          { label: "DARE", where: "key point “Model Merging”", topic: { slug: "new-trends", title: expect.any(String) } },
          { label: "TIES", where: "key point “Model Merging”", topic: { slug: "new-trends", title: expect.any(String) } },
        ],
        lastCheck: null,
      }),
    ]);

    const suspicious = seeded(((await client.links("?flag=SUSPICIOUS")).body as { items: Item[] }).items);
    expect(suspicious).toStrictEqual([
      expect.objectContaining({
        url: "https://chatgpt.com/",
        flags: ["SUSPICIOUS"],
        suspicion: "“Hugging Face Spaces” names Hugging Face, which other links place on huggingface.co; this link goes to chatgpt.com",
        mentions: [expect.objectContaining({ label: "Hugging Face Spaces", topic: expect.objectContaining({ slug: "running-llms" }) })],
      }),
    ]);

    // Without a filter: every flagged seed URL, and only those two (no check has run on this database).
    const all = seeded(((await client.links()).body as { items: Item[] }).items);
    expect(all.map((item) => item.url).sort()).toEqual(["https://arxiv.org/abs/2311.03099", "https://chatgpt.com/"]);
  });
});

describe("a run whose job left the queue", () => {
  it("is closed as FAILED and replaced, instead of blocking every later run", async () => {
    const { getBoss } = await import("@/lib/jobs/boss");
    const { QUEUES } = await import("@/lib/jobs/queues");
    const client = api(await sessionCookie(await createUser({ role: "ADMIN" })));
    const stuck = (await client.post()).body as { id: string };
    const boss = await getBoss();
    const [job] = await boss.findJobs(QUEUES.linkCheck.name, { data: { runId: stuck.id } });
    await boss.deleteJob(QUEUES.linkCheck.name, job!.id);

    const fresh = await client.post();
    expect(fresh).toMatchObject({ status: 202, body: { status: "QUEUED" } });
    expect((fresh.body as { id: string }).id).not.toBe(stuck.id);
    expect(await db.linkCheckRun.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({
      status: "FAILED",
      error: "Its job left the queue unfinished; a new run replaced it",
      finishedAt: expect.any(Date),
    });
    expect(await db.linkCheckRun.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })).toBe(1);
  });
});
