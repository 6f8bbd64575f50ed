// Link health on the REAL job queue: pg-boss against a private database
// (migrated, not seeded, so the only links are this file's, on loopback).
// POST /api/admin/link-checks queues a run; the in-process worker takes it
// QUEUED → RUNNING → DONE with its totals and results; a second POST while it
// runs answers the same run; a worker stopped mid-run has its job retried,
// which resumes where it stopped; a job out of retries marks its run FAILED;
// the singleton queue lets no second instance take a job while one is active;
// the schedule queue asks for a run. Waits poll the database in bounded loops.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PgBoss } from "pg-boss";
import { answer, redirect, startLinkServer, type LinkServer } from "@/tests/support/link-servers";
import { startPrivateDatabase, type StartedDatabase } from "@/tests/support/private-database";

let database: StartedDatabase | undefined;
let site: LinkServer;
let outside: LinkServer;

// A route held open until the test lets it answer, so a run stays RUNNING as long as the test needs.
let releaseSlow: () => void = () => undefined;
let slowHeld = Promise.resolve();
const holdSlow = () => (slowHeld = new Promise<void>((resolve) => (releaseSlow = resolve)));

beforeAll(async () => {
  outside = await startLinkServer("127.0.0.2", { "/secret": answer(200) });
  site = await startLinkServer("127.0.0.1", {
    "/ok": answer(200),
    "/ok/": answer(200),
    "/moved": redirect(301, "/ok"),
    "/missing": answer(404),
    "/escape": (req, res, hits) => redirect(302, `${outside.origin}/secret`)(req, res, hits),
    "/slow": (_req, res) => void slowHeld.then(() => res.writeHead(200).end()),
    "/archived": answer(200),
  });
  process.env.LINK_CHECK_ALLOW = "127.0.0.1";
  database = await startPrivateDatabase("waypoint_queue");
}, 180_000);

afterAll(async () => {
  releaseSlow();
  const { stopBoss } = await import("@/lib/jobs/boss");
  await stopBoss({ graceful: false }).catch(() => undefined);
  delete process.env.LINK_CHECK_ALLOW;
  await database?.stop();
  await Promise.all([site?.close(), outside?.close()]);
}, 60_000);

/** Polls `read` every 50 ms until `done` holds; fails after `timeoutMs` with the last value seen. */
async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

async function modules() {
  const { db } = database!.app.dbModule;
  const postRoute = await import("@/app/api/admin/link-checks/route");
  const getRoute = await import("@/app/api/admin/link-checks/[id]/route");
  const linksRoute = await import("@/app/api/admin/links/route");
  const { createUser, sessionCookie } = await import("@/tests/factories");
  const { callRoute } = await import("@/tests/support/http");
  const { getBoss, stopBoss } = await import("@/lib/jobs/boss");
  const { startWorker } = await import("@/lib/jobs/worker");
  const { QUEUES } = await import("@/lib/jobs/queues");
  const { brokenResourceIds } = await import("@/lib/links/data");
  const admin = await createUser({ role: "ADMIN", name: "Queue Admin" });
  const cookie = await sessionCookie(admin);
  return {
    db,
    admin,
    QUEUES,
    getBoss,
    stopBoss,
    brokenResourceIds,
    startWorker: () => startWorker({ pollingIntervalSeconds: 0.5, schedule: false, checker: { timeoutMs: 30_000, backoffMs: 10 } }),
    post: () => callRoute(postRoute.POST, "/api/admin/link-checks", { method: "POST", cookie }),
    get: (id: string) => callRoute(getRoute.GET, `/api/admin/link-checks/${id}`, { cookie, params: { id } }),
    links: (query = "") => callRoute(linksRoute.GET, `/api/admin/links${query}`, { cookie }),
  };
}
let m: Awaited<ReturnType<typeof modules>>;

/** The run row (status, counts) as the worker leaves it. */
const runRow = (id: string) => m.db.linkCheckRun.findUniqueOrThrow({ where: { id } });
const jobsOf = async (runId: string) => (await (await m.getBoss()).findJobs(m.QUEUES.linkCheck.name, { data: { runId } }));

describe("link checks on the pg-boss queue", () => {
  let resourceIds: Record<string, string>;

  beforeAll(async () => {
    m = await modules();
    const track = await m.db.track.create({ data: { slug: "queue-track", title: "Queue track", summary: "s", position: 1 } });
    const topic = await m.db.topic.create({
      data: { trackId: track.id, slug: "queue-topic", number: 1, title: "Queue topic", intro: `See [Slow page](${site.origin}/slow).`, position: 1 },
    });
    const resource = (title: string, path: string, position: number, status: "ACTIVE" | "ARCHIVED" = "ACTIVE") =>
      m.db.resource.create({ data: { topicId: topic.id, title, url: `${site.origin}${path}`, kind: "ARTICLE", position, status } });
    resourceIds = {
      ok: (await resource("Good page", "/ok", 1)).id,
      again: (await resource("Good page again", "/ok/", 2)).id,
      moved: (await resource("Moved page", "/moved", 3)).id,
      missing: (await resource("Missing page", "/missing", 4)).id,
      escape: (await resource("Escaping page", "/escape", 5)).id,
      archived: (await resource("Archived page", "/archived", 6, "ARCHIVED")).id,
    };
    await m.db.linkMention.create({ data: { topicId: topic.id, ownerKey: "intro", label: "Slow page", url: `${site.origin}/slow`, position: 0 } });
    // Retries in a second rather than the production backoff, so the test does not wait minutes.
    const boss = await m.getBoss();
    await boss.updateQueue(m.QUEUES.linkCheck.name, { retryDelay: 1, retryBackoff: false, retryLimit: 1 });
  }, 60_000);

  it("queues a run, works it QUEUED → RUNNING → DONE, and answers the running run to a second POST", async () => {
    holdSlow();
    const first = await m.post();
    expect(first.status).toBe(202);
    const runId = (first.body as { id: string }).id;
    expect(first.body).toStrictEqual({
      id: runId,
      status: "QUEUED",
      trigger: "manual",
      total: 0,
      checked: 0,
      error: null,
      createdAt: expect.any(String),
      startedAt: null,
      finishedAt: null,
    });
    expect((await runRow(runId)).requestedById).toBe(m.admin.id);
    expect((await jobsOf(runId)).map((job) => job.state)).toEqual(["created"]);
    expect(await m.db.auditEvent.count({ where: { entityType: "linkCheck", entityId: runId, action: "linkCheck.request", actorId: m.admin.id } })).toBe(1);

    // Asked again before any worker took it: the same queued run, no second row or job.
    expect(await m.post()).toMatchObject({ status: 202, body: { id: runId, status: "QUEUED" } });

    const worker = await m.startWorker();
    try {
      // Everything but the held URL gets checked; the run is RUNNING with its totals.
      const running = await waitFor(() => m.get(runId), (res) => (res.body as { checked: number }).checked === 5);
      expect(running).toMatchObject({ status: 200, body: { id: runId, status: "RUNNING", total: 6, checked: 5, startedAt: expect.any(String), finishedAt: null } });
      expect(await m.post()).toMatchObject({ status: 202, body: { id: runId, status: "RUNNING" } });
      expect(await m.db.linkCheckRun.count()).toBe(1);
      expect((await jobsOf(runId)).map((job) => job.state)).toEqual(["active"]);

      releaseSlow();
      const done = await waitFor(() => m.get(runId), (res) => (res.body as { status: string }).status === "DONE");
      expect(done.body).toMatchObject({ status: "DONE", total: 6, checked: 6, error: null, finishedAt: expect.any(String) });
      await waitFor(() => jobsOf(runId), (jobs) => jobs[0]?.state === "completed");
    } finally {
      await worker.stop();
    }

    const checks = await m.db.linkCheck.findMany({ where: { runId }, orderBy: { url: "asc" } });
    const local = (url: string | null) => (url?.startsWith(site.origin) ? url.slice(site.origin.length) : url);
    const byPath = Object.fromEntries(checks.map((c) => [local(c.url), [c.outcome, c.httpStatus, local(c.finalUrl)]]));
    expect(byPath).toStrictEqual({
      "/ok": ["OK", 200, "/ok"],
      "/ok/": ["OK", 200, "/ok/"],
      "/moved": ["REDIRECTED", 200, "/ok"],
      "/missing": ["BROKEN", 404, "/missing"],
      "/escape": ["BLOCKED", null, `${outside.origin}/secret`],
      "/slow": ["OK", 200, "/slow"],
    });
    for (const c of checks) expect(c.ms).toBeGreaterThanOrEqual(0);
    expect(outside.connections).toBe(0);
    expect(site.hits("/archived")).toEqual([]);

    // What the admin page lists, and the learner's "reported broken" mark.
    const links = await m.links();
    expect(links.status).toBe(200);
    const items = (links.body as { items: Array<{ url: string; flags: string[]; suggestedUrl: string | null; resources: Array<{ id: string }> }> }).items;
    expect(items.map((item) => [item.url.slice(site.origin.length), item.flags, item.suggestedUrl])).toStrictEqual([
      ["/missing", ["BROKEN"], null],
      ["/escape", ["BLOCKED"], null],
      ["/moved", ["REDIRECTED"], `${site.origin}/ok`],
      ["/ok", ["DUPLICATE"], null],
      ["/ok/", ["DUPLICATE"], null],
    ]);
    expect(items[0]!.resources.map((r) => r.id)).toEqual([resourceIds.missing]);
    expect((await m.links("?flag=REDIRECTED")).body).toMatchObject({ items: [{ url: `${site.origin}/moved`, flags: ["REDIRECTED"] }] });
    expect(await m.brokenResourceIds(Object.values(resourceIds))).toEqual([resourceIds.missing]);
  });

  it("retries a run whose worker stopped mid-way; the retry resumes and checks each URL once", async () => {
    holdSlow();
    const runId = ((await m.post()).body as { id: string }).id;
    const first = await m.startWorker();
    await waitFor(() => runRow(runId), (row) => row.status === "RUNNING" && row.checked === 5);
    await first.stop(); // aborts the held request: the attempt fails and the job waits for its retry
    expect(await runRow(runId)).toMatchObject({ status: "RUNNING", checked: 5 });
    // Waiting for its retry (retryCount counts attempts that were taken again, so it is still 0).
    expect((await jobsOf(runId)).map((job) => [job.state, job.retryCount])).toEqual([["retry", 0]]);
    const slowBefore = site.hits("/slow").length;

    releaseSlow();
    const second = await m.startWorker();
    try {
      await waitFor(() => runRow(runId), (row) => row.status === "DONE");
      const jobs = await waitFor(() => jobsOf(runId), (list) => list[0]?.state === "completed");
      expect(jobs[0]!.retryCount).toBe(1);
    } finally {
      await second.stop();
    }
    expect(await runRow(runId)).toMatchObject({ status: "DONE", total: 6, checked: 6 });
    // Resumed: only the URL the first attempt never finished was asked again.
    const perUrl = await m.db.linkCheck.groupBy({ by: ["url"], where: { runId }, _count: true });
    expect(perUrl.map((row) => row._count)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(site.hits("/slow").length - slowBefore).toBe(1);
  });

  it("marks a run FAILED once its job has no retry left (through the dead-letter queue)", async () => {
    const boss = await m.getBoss();
    await boss.updateQueue(m.QUEUES.linkCheck.name, { retryLimit: 0 });
    holdSlow();
    const runId = ((await m.post()).body as { id: string }).id;
    const first = await m.startWorker();
    await waitFor(() => runRow(runId), (row) => row.status === "RUNNING" && row.checked === 5);
    await first.stop();
    releaseSlow();
    const second = await m.startWorker();
    try {
      const failed = await waitFor(() => runRow(runId), (row) => row.status === "FAILED");
      expect(failed).toMatchObject({ status: "FAILED", checked: 5, finishedAt: expect.any(Date) });
      expect(failed.error).toMatch(/interrupted: the worker is stopping/);
    } finally {
      await second.stop();
      await (await m.getBoss()).updateQueue(m.QUEUES.linkCheck.name, { retryLimit: 1 });
    }
    // A failed run no longer blocks the next request.
    const next = await m.post();
    expect(next.body).toMatchObject({ status: "QUEUED" });
    expect((next.body as { id: string }).id).not.toBe(runId);
    await m.db.linkCheckRun.update({ where: { id: (next.body as { id: string }).id }, data: { status: "DONE" } });
  });

  it("lets only one job of the queue be active at a time, whichever instance fetches", async () => {
    holdSlow();
    const runId = ((await m.post()).body as { id: string }).id;
    const worker = await m.startWorker();
    const { dbPool } = database!.app.dbModule;
    // A second instance, as another app server would be (on the embedded database it must share the one connection).
    const connection = inject("databaseEmbedded")
      ? { db: { executeSql: (text: string, values?: unknown[]) => dbPool.query(text, values as unknown[]) } }
      : { connectionString: database!.url, max: 1 };
    const other = new PgBoss({ ...connection, supervise: false, schedule: false, migrate: false });
    other.on("error", () => undefined);
    await other.start();
    try {
      await waitFor(() => runRow(runId), (row) => row.status === "RUNNING" && row.checked === 5);
      const queued = await other.send(m.QUEUES.linkCheck.name, { runId: "no-such-run-0000000000" });
      expect(queued).toEqual(expect.any(String));
      expect(await other.fetch(m.QUEUES.linkCheck.name)).toEqual([]);
      releaseSlow();
      await waitFor(() => runRow(runId), (row) => row.status === "DONE");
      // The queued job runs once the first is done (and finds no run to work on).
      await waitFor(() => other.findJobs(m.QUEUES.linkCheck.name, { id: queued! }), (jobs) => jobs[0]?.state === "completed");
    } finally {
      await other.stop({ graceful: false, close: true });
      await worker.stop();
    }
  });

  it("the schedule: a daily cron (UTC) whose tick asks for a run like “check now”", async () => {
    const { startWorker } = await import("@/lib/jobs/worker");
    const worker = await startWorker({ pollingIntervalSeconds: 0.5 });
    try {
      const boss = await m.getBoss();
      expect(await boss.getSchedules(m.QUEUES.linkCheckSchedule.name)).toMatchObject([{ cron: "0 3 * * *", timezone: "UTC" }]);
      releaseSlow();
      const before = await m.db.linkCheckRun.count();
      await boss.send(m.QUEUES.linkCheckSchedule.name, {});
      const scheduled = await waitFor(
        () => m.db.linkCheckRun.findFirst({ where: { trigger: "schedule" } }),
        (row) => row?.status === "DONE",
      );
      expect(scheduled).toMatchObject({ trigger: "schedule", requestedById: null, total: 6, checked: 6 });
      expect(await m.db.linkCheckRun.count()).toBe(before + 1);
    } finally {
      await worker.stop();
    }
  });
});
