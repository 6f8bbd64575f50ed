// Constant work per request: GET /api/me/progress issues the same number of SQL
// statements (at most 4, the session lookup included) on the real roadmap and
// on one ten times its size. Runs on a private database: a synthetic 10×
// roadmap must not show up in the other files' catalog.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createFreshDatabase, startPglite, type Database } from "@/scripts/lib/postgres";
import { run } from "@/scripts/lib/run";
import { pointAppAt, type AppDatabase } from "@/tests/support/app-database";
import { roadmap, scaledRoadmap } from "@/tests/support/roadmap";
import { statementCounter } from "@/tests/support/statements";

const COPIES = 10;
const TOPICS = roadmap.tracks.reduce((n, t) => n + t.topics.length, 0); // 19

type Dashboard = {
  overall: { done: number; total: number; percent: number };
  tracks: Array<{ slug: string; title: string; done: number; inProgress: number; skipped: number; total: number; percent: number }>;
  streak: { current: number; longest: number };
  activity: { date: string; count: number }[];
};

let database: Database | undefined;
let app: AppDatabase | undefined;

beforeAll(async () => {
  database = inject("databaseEmbedded") ? await startPglite() : await createFreshDatabase(inject("databaseUrl"), "waypoint_scale");
  await run("prisma", ["migrate", "deploy"], { ...process.env, DATABASE_URL: database.url }, true);
  app = await pointAppAt({ url: database.url });
}, 180_000);

afterAll(async () => {
  await app?.restore();
  await database?.stop();
});

describe("GET /api/me/progress does constant work", () => {
  it("issues the same ≤ 4 statements on the real roadmap and on one 10× its size, with totals 10× as large", async () => {
    const { db, dbPool } = app!.dbModule;
    const { importRoadmap } = await import("@/seed/import-roadmap");
    const { GET } = await import("@/app/api/me/progress/route");
    const { createUser, sessionCookie } = await import("@/tests/factories");
    const { callRoute } = await import("@/tests/support/http");

    const importScaled = (copies: number) =>
      db.$transaction((tx) => importRoadmap(tx, scaledRoadmap(copies)), { timeout: 600_000, maxWait: 20_000 });

    /** A learner with the same progress pattern on every other topic of each copy. */
    async function learnerWithHalfDone() {
      const user = await createUser();
      await db.user.update({ where: { id: user.id }, data: { timeZone: "Europe/Berlin" } });
      const topics = await db.topic.findMany({
        where: { status: "ACTIVE" },
        orderBy: [{ track: { position: "asc" } }, { position: "asc" }],
        select: { id: true, slug: true },
      });
      // Within each copy of the roadmap: every other topic, cycling through the four statuses.
      const chosen = topics.filter((_, i) => (i % TOPICS) % 2 === 0);
      const statuses = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"] as const;
      await db.topicProgress.createMany({
        data: chosen.map((t, i) => ({ userId: user.id, topicId: t.id, status: statuses[(i % Math.ceil(TOPICS / 2)) % 4]! })),
      });
      const yesterday = new Date(Date.now() - 86_400_000);
      await db.studyActivity.createMany({
        data: chosen.flatMap((t) => [
          { userId: user.id, topicId: t.id, kind: "TOPIC_STATUS" as const },
          { userId: user.id, topicId: t.id, kind: "NOTE" as const, occurredAt: yesterday },
        ]),
      });
      return { user, cookie: await sessionCookie(user), chosen: chosen.length, topics: topics.length };
    }

    const counter = statementCounter(dbPool);
    const measure = async (cookie: string) => {
      // Twice: the count must not depend on a warm or cold client either.
      const first = await counter.during(() => callRoute(GET, "/api/me/progress", { cookie }));
      const second = await counter.during(() => callRoute(GET, "/api/me/progress", { cookie }));
      expect(first.result.status).toBe(200);
      expect(second.statements.length).toBe(first.statements.length);
      return { body: second.result.body as Dashboard, statements: second.statements, checkouts: first.checkouts + second.checkouts };
    };

    try {
      // Real size.
      await importScaled(1);
      expect(await db.topic.count()).toBe(TOPICS);
      const small = await learnerWithHalfDone();
      expect(small.chosen).toBe(10);
      const atReal = await measure(small.cookie);

      // Ten times the size (the first copy is the real roadmap, unchanged).
      const summary = await importScaled(COPIES);
      expect(summary.topics.created).toBe(TOPICS * (COPIES - 1));
      expect(await db.topic.count()).toBe(TOPICS * COPIES);
      expect(await db.resource.count()).toBe(COPIES * (await db.resource.count({ where: { topic: { slug: { in: roadmap.tracks.flatMap((t) => t.topics.map((p) => p.slug)) } } } })));
      const big = await learnerWithHalfDone();
      expect(big.chosen).toBe(10 * COPIES);
      const atTen = await measure(big.cookie);

      // Same statements, no transaction, at most 4 (today: the session user + one dashboard statement).
      expect(atTen.statements.length).toBe(atReal.statements.length);
      expect(atReal.statements.length).toBeLessThanOrEqual(4);
      // Not a vacuous count: the session lookup and the dashboard's queries were seen.
      expect(atReal.statements.length).toBeGreaterThanOrEqual(2);
      expect(atReal.statements[0]).toMatch(/FROM user_sessions s\s+JOIN users/);
      expect(atReal.checkouts + atTen.checkouts).toBe(0);
      expect(atTen.statements.map((s) => s.replace(/\s+/g, " ").slice(0, 60))).toStrictEqual(
        atReal.statements.map((s) => s.replace(/\s+/g, " ").slice(0, 60)),
      );

      // The totals are ten times the real ones; percentages and streaks are the same.
      const a = atReal.body;
      const b = atTen.body;
      expect(a.overall.total).toBe(TOPICS);
      expect(b.overall).toStrictEqual({ done: a.overall.done * COPIES, total: a.overall.total * COPIES, percent: a.overall.percent });
      expect(b.tracks).toHaveLength(a.tracks.length * COPIES);
      b.tracks.forEach((track, i) => {
        const { slug: _s, title: _t, ...counts } = a.tracks[i % a.tracks.length]!;
        const { slug: _bs, title: _bt, ...bigCounts } = track;
        expect(bigCounts).toStrictEqual(counts);
      });
      expect(b.streak).toStrictEqual(a.streak);
      expect(b.activity.map((d) => d.count)).toStrictEqual(a.activity.map((d) => d.count * COPIES));
      expect(a.activity.reduce((s, d) => s + d.count, 0)).toBe(20);
    } finally {
      counter.restore();
    }
  }, 600_000);
});
