// GET /api/me/dashboard: the dashboard page's one request. Each part must
// equal what its own route answers (progress, assignments, reviews due), the
// effort left is computed here from the database and the effort table, the
// answer holds only the caller's data, and the work is one statement besides
// the session lookup, whatever the learner has.
import { describe, expect, it } from "vitest";
import { GET as dashboardRoute } from "@/app/api/me/dashboard/route";
import { GET as reviewsRoute } from "@/app/api/me/reviews/route";
import { DEFAULT_EFFORT_MINUTES } from "@/lib/catalog/effort";
import { db, dbPool } from "@/lib/db";
import { callRoute } from "@/tests/support/http";
import { UNAUTHENTICATED, createLearner, seededTopic, withStableCatalog } from "@/tests/support/progress";
import { roadmap } from "@/tests/support/roadmap";
import { statementCounter } from "@/tests/support/statements";
import { addMember, createAssignmentRow, createPathRow, createPerson, createTeamRow, dayIn } from "@/tests/support/teams";

const DAY_MS = 86_400_000;
const dashboard = (cookie?: string) => callRoute(dashboardRoute, "/api/me/dashboard", { cookie });

type DashboardPage = {
  user: { name: string };
  progress: unknown;
  remainingMinutes: Record<string, number>;
  assignments: unknown[];
  reviewsDue: { topic: { slug: string } }[];
};

/** Minutes left per track for `userId`, from the rows: unticked active resources of active topics not done or skipped. */
async function remainingFromDb(userId: string): Promise<Record<string, number>> {
  const tracks = await db.track.findMany({
    where: { status: "ACTIVE" },
    select: {
      slug: true,
      topics: {
        where: { status: "ACTIVE" },
        select: {
          progress: { where: { userId }, select: { status: true } },
          resources: { where: { status: "ACTIVE" }, select: { kind: true, effortMinutes: true, progress: { where: { userId, done: true }, select: { id: true } } } },
        },
      },
    },
  });
  return Object.fromEntries(
    tracks
      .filter((track) => track.topics.length > 0)
      .map((track) => [
        track.slug,
        track.topics
          .filter((topic) => !["DONE", "SKIPPED"].includes(topic.progress[0]?.status ?? ""))
          .flatMap((topic) => topic.resources.filter((r) => r.progress.length === 0))
          .reduce((sum, r) => sum + (r.effortMinutes ?? DEFAULT_EFFORT_MINUTES[r.kind]), 0),
      ]),
  );
}

/** A learner in a team with a path assigned, some progress, and a finished topic whose review is due. */
async function busyLearner() {
  const [fundamentals, scientist] = roadmap.tracks.map((t) => t.topics.map((topic) => topic.slug));
  const lead = await createPerson({ timeZone: "Europe/Berlin" });
  const learner = await createPerson({ timeZone: "America/New_York" });
  const team = await createTeamRow({ lead, members: [learner], name: "Study group" });
  const path = await createPathRow(team.id, [fundamentals![0]!, fundamentals![1]!, scientist![0]!], "Basics first");
  await createAssignmentRow(team.id, path.id, { dueDate: dayIn("America/New_York", 14) });

  const { progress } = learner;
  expect((await progress.setStatus(fundamentals![0]!, { status: "DONE" })).status).toBe(200);
  expect((await progress.setStatus(scientist![1]!, { status: "SKIPPED" })).status).toBe(200);
  const ticked = await seededTopic(fundamentals![1]!);
  expect((await progress.setDone(ticked.resourceIds[0]!, { done: true })).status).toBe(200);
  // Time moves through the database: the finished topic's review is due since yesterday.
  const done = await seededTopic(fundamentals![0]!);
  await db.reviewCard.update({ where: { userId_topicId: { userId: learner.id, topicId: done.id } }, data: { dueAt: new Date(Date.now() - DAY_MS) } });
  return { learner, lead, team, doneSlug: fundamentals![0]! };
}

describe("GET /api/me/dashboard", () => {
  it("answers 401 with the error envelope without a session", async () => {
    expect(await dashboard()).toMatchObject({ status: 401, body: UNAUTHENTICATED });
  });

  it("holds the caller's progress, assignments and reviews due exactly as their own routes answer, and the effort left", async () => {
    const { learner, doneSlug } = await busyLearner();
    const { page, progress, assignments, reviewsDue, remaining } = await withStableCatalog(async () => {
      const res = await dashboard(learner.cookie);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      return {
        page: res.body as DashboardPage,
        progress: (await learner.progress.dashboard()).body,
        assignments: (await learner.api.myAssignments()).body,
        reviewsDue: (await callRoute(reviewsRoute, "/api/me/reviews?due=true", { cookie: learner.cookie })).body,
        remaining: await remainingFromDb(learner.id),
      };
    });
    expect(page.user).toStrictEqual({ name: learner.name });
    expect(page.progress).toStrictEqual(progress);
    expect(page.assignments).toStrictEqual(assignments);
    expect(page.assignments).toHaveLength(1);
    expect(page.assignments[0]).toMatchObject({ team: { name: "Study group" }, path: { title: "Basics first" }, done: 1, total: 3 });
    expect(page.reviewsDue).toStrictEqual(reviewsDue);
    expect(page.reviewsDue.map((r) => r.topic.slug)).toStrictEqual([doneSlug]);
    expect(page.remainingMinutes).toStrictEqual(remaining);
  });

  it("shows another learner nothing of it: a new teammate sees their own empty dashboard", async () => {
    const { team } = await busyLearner();
    const other = await createPerson();
    await addMember(team.id, other.id);
    const res = await withStableCatalog(() => dashboard(other.cookie));
    expect(res.status).toBe(200);
    const page = res.body as DashboardPage;
    expect(page.user).toStrictEqual({ name: other.name });
    expect(page.reviewsDue).toStrictEqual([]);
    // The team's assignment covers them too, with their own (empty) progress.
    expect(page.assignments).toHaveLength(1);
    expect(page.assignments[0]).toMatchObject({ done: 0, total: 3 });
    expect(page.remainingMinutes).toStrictEqual(await remainingFromDb(other.id));
  });

  it("reads with one statement besides the session lookup, for a new learner and a busy one alike", async () => {
    const fresh = await createLearner();
    const { learner } = await busyLearner();
    const counter = statementCounter(dbPool);
    try {
      // Warm: the catalog's effort table is cached per content version after the first call.
      await dashboard(fresh.cookie);
      const forFresh = await counter.during(() => dashboard(fresh.cookie));
      const forBusy = await counter.during(() => dashboard(learner.cookie));
      expect(forFresh.result.status).toBe(200);
      expect(forBusy.result.status).toBe(200);
      const dashboardStatements = (statements: string[]) => statements.filter((sql) => sql.includes("review_cards"));
      expect(dashboardStatements(forFresh.statements)).toHaveLength(1);
      expect(dashboardStatements(forBusy.statements)).toHaveLength(1);
      expect(forBusy.statements.length).toBe(forFresh.statements.length);
      expect(forBusy.statements.length).toBeLessThanOrEqual(3);
      expect(forBusy.checkouts).toBe(0);
    } finally {
      counter.restore();
    }
  });
});
