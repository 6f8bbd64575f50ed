// GET /api/me/progress: the dashboard of a learner whose rows the test controls.
// Expectations are computed from the database and the learner's rows, never
// from the app's own dashboard code.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLearner, dateIn, seededTopic, shiftDate, withStableCatalog, type Learner } from "@/tests/support/progress";
import { roadmap } from "@/tests/support/roadmap";

type Track = { slug: string; title: string; done: number; inProgress: number; skipped: number; total: number; percent: number };
type TopicRef = { slug: string; title: string; track: { slug: string; title: string } };
type Dashboard = {
  overall: { done: number; total: number; percent: number };
  tracks: Track[];
  continue: TopicRef | null;
  nextUp: TopicRef | null;
  streak: { current: number; longest: number };
  activity: { date: string; count: number }[];
  timeZone: string;
};

const roundPercent = (done: number, total: number) => (total === 0 ? 0 : Math.floor((done * 100) / total + 0.5));

/** Bars, continue and next-up as the database says they should be for `userId`. */
async function expectedFromDb(userId: string) {
  const tracks = await db.track.findMany({
    where: { status: "ACTIVE" },
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      topics: {
        where: { status: "ACTIVE" },
        orderBy: { position: "asc" },
        select: { slug: true, title: true, progress: { where: { userId }, select: { status: true, updatedAt: true } } },
      },
    },
  });
  const bars = tracks
    .filter((track) => track.topics.length > 0)
    .map((track) => {
      const count = (status: string) => track.topics.filter((t) => t.progress[0]?.status === status).length;
      const done = count("DONE");
      return {
        slug: track.slug,
        title: track.title,
        total: track.topics.length,
        done,
        inProgress: count("IN_PROGRESS"),
        skipped: count("SKIPPED"),
        percent: roundPercent(done, track.topics.length),
      };
    });
  const all = tracks.flatMap((track) => track.topics.map((topic) => ({ ...topic, track: { slug: track.slug, title: track.title } })));
  const ref = (t: (typeof all)[number] | undefined): TopicRef | null => (t ? { slug: t.slug, title: t.title, track: t.track } : null);
  const unfinished = all
    .filter((t) => t.progress[0] && ["NOT_STARTED", "IN_PROGRESS"].includes(t.progress[0].status))
    .sort((a, b) => b.progress[0]!.updatedAt.getTime() - a.progress[0]!.updatedAt.getTime());
  const done = bars.reduce((s, t) => s + t.done, 0);
  const total = bars.reduce((s, t) => s + t.total, 0);
  return {
    overall: { done, total, percent: roundPercent(done, total) },
    tracks: bars,
    continue: ref(unfinished[0]),
    nextUp: ref(all.find((t) => !t.progress[0] || t.progress[0].status === "NOT_STARTED")),
    // These learners finish topics after the seed: no topic gained resources since.
    updatedSinceDone: [],
  };
}

/** The dashboard and "today" in `timeZone`, retried in the rare case the day changes during the request. */
async function dashboardWithToday(learner: Learner, timeZone: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const today = dateIn(new Date(), timeZone);
    const { res, expected } = await withStableCatalog(async () => ({ res: await learner.api.dashboard(), expected: await expectedFromDb(learner.id) }));
    if (dateIn(new Date(), timeZone) === today) return { res, expected, today, body: res.body as Dashboard };
  }
  throw new Error("The date kept changing during the request");
}

/** 182 days (26 weeks) ending `today`, zero-count days included. */
function window182(today: string, counts: Record<string, number>) {
  return Array.from({ length: 182 }, (_, i) => {
    const date = shiftDate(today, i - 181);
    return { date, count: counts[date] ?? 0 };
  });
}

describe("GET /api/me/progress", () => {
  it("shows a new learner: zero bars for every track, nothing to continue, the first topic next, no streak", async () => {
    const learner = await createLearner();
    const { res, expected, today, body } = await dashboardWithToday(learner, "UTC");
    expect(res.status).toBe(200);
    expect(body).toStrictEqual({
      ...expected,
      streak: { current: 0, longest: 0 },
      activity: window182(today, {}),
      timeZone: "UTC",
    });
    // Against the source document too, so a bug in the DB-side expectation cannot hide.
    const first = roadmap.tracks[0]!;
    expect(body.nextUp).toStrictEqual({ slug: first.topics[0]!.slug, title: first.topics[0]!.title, track: { slug: first.slug, title: first.title } });
    for (const track of roadmap.tracks) {
      expect(body.tracks.find((t) => t.slug === track.slug)).toStrictEqual({
        slug: track.slug, title: track.title, done: 0, inProgress: 0, skipped: 0, total: track.topics.length, percent: 0,
      });
    }
    expect(body.activity).toHaveLength(182);
  });

  it("counts per track with rounding, picks continue (latest unfinished) and next up (first not started)", async () => {
    const learner = await createLearner();
    const [fundamentals, scientist, engineer] = roadmap.tracks.map((t) => t.topics.map((topic) => topic.slug));
    const { api } = learner;
    // llm-fundamentals: 1 done, 1 in progress, 1 with only a note (NOT_STARTED row) → 1/4 = 25 %
    await api.setStatus(fundamentals![0]!, { status: "DONE" });
    await api.setStatus(fundamentals![1]!, { status: "IN_PROGRESS" });
    await api.saveNote(fundamentals![2]!, { body: "note only" });
    // the-llm-scientist: 1 done (by ticking every resource), 2 skipped → 1/8 = 12.5 → 13 %
    for (const id of (await seededTopic(scientist![0]!)).resourceIds) await api.setDone(id, { done: true });
    await api.setStatus(scientist![1]!, { status: "SKIPPED" });
    await api.setStatus(scientist![2]!, { status: "SKIPPED" });
    // the-llm-engineer: 2 done, 1 in progress (by a tick) → 2/7 = 28.57 → 29 %
    await api.setStatus(engineer![0]!, { status: "DONE" });
    await api.setStatus(engineer![1]!, { status: "DONE" });
    await api.setDone((await seededTopic(engineer![2]!)).resourceIds[0]!, { done: true });

    // Fix the "last touched" order: the engineer topic is the latest unfinished one,
    // a DONE and a SKIPPED topic are touched even later and must not be picked.
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    const touch = async (slug: string, at: Date) => {
      const { id } = await seededTopic(slug);
      await db.topicProgress.update({ where: { userId_topicId: { userId: learner.id, topicId: id } }, data: { updatedAt: at } });
    };
    await touch(fundamentals![1]!, minutesAgo(30));
    await touch(fundamentals![2]!, minutesAgo(20));
    await touch(engineer![2]!, minutesAgo(10));
    await touch(engineer![1]!, minutesAgo(5));
    await touch(scientist![1]!, minutesAgo(1));

    const { res, expected, today, body } = await dashboardWithToday(learner, "UTC");
    expect(res.status).toBe(200);
    const actions = await db.studyActivity.count({ where: { userId: learner.id } });
    expect(body).toStrictEqual({
      ...expected,
      streak: { current: 1, longest: 1 },
      activity: window182(today, { [today]: actions }),
      timeZone: "UTC",
    });
    // The same numbers written out, so the DB-side expectation is itself checked.
    const bar = (slug: string) => body.tracks.find((t) => t.slug === slug);
    expect(bar(roadmap.tracks[0]!.slug)).toMatchObject({ done: 1, inProgress: 1, skipped: 0, total: 4, percent: 25 });
    expect(bar(roadmap.tracks[1]!.slug)).toMatchObject({ done: 1, inProgress: 0, skipped: 2, total: 8, percent: 13 });
    expect(bar(roadmap.tracks[2]!.slug)).toMatchObject({ done: 2, inProgress: 1, skipped: 0, total: 7, percent: 29 });
    expect(body.overall).toMatchObject({ done: 4 });
    expect(body.continue?.slug).toBe(engineer![2]);
    expect(body.nextUp?.slug).toBe(fundamentals![2]);
    // 3 status changes to DONE/IN_PROGRESS in fundamentals + engineer (3), 1 note, ticks (scientist 0: 5 + engineer 2: 1)
    expect(actions).toBe(1 + 1 + 1 + 5 + 1 + 1 + 1);

    // Finishing the "continue" topic moves continue to the next latest unfinished one.
    await api.setStatus(engineer![2]!, { status: "DONE" });
    const after = await dashboardWithToday(learner, "UTC");
    expect(after.body.continue?.slug).toBe(fundamentals![2]);
    expect(after.body.continue).toStrictEqual(after.expected.continue);
    expect(after.body.tracks.find((t) => t.slug === roadmap.tracks[2]!.slug)).toMatchObject({ done: 3, inProgress: 0, percent: 43 });
  });

  it("counts streaks and the heatmap in the learner's time zone (06:30 UTC is the previous day in Los Angeles)", async () => {
    const zone = "America/Los_Angeles";
    const learner = await createLearner();
    await db.user.update({ where: { id: learner.id }, data: { timeZone: zone } });
    const { id: topicId } = await seededTopic("evaluation");
    const today = dateIn(new Date(), zone);
    const at = (instant: string) => new Date(instant);
    // 20:00 UTC is 12:00 or 13:00 in Los Angeles: the same calendar date.
    const noonOf = (date: string) => at(`${date}T20:00:00Z`);
    const instants = [
      new Date(), // today
      new Date(), // today, a second action
      noonOf(shiftDate(today, -1)), // yesterday
      at(`${shiftDate(today, -1)}T06:30:00Z`), // 06:30 UTC "yesterday" is 22:30/23:30 the day before in LA
      // a 5-day run inside the window, after a gap
      ...[-10, -9, -8, -7, -6].map((d) => noonOf(shiftDate(today, d))),
      // a 6-day run long ago: counts for the longest streak, outside the 182-day heatmap
      ...[-300, -299, -298, -297, -296, -295].map((d) => noonOf(shiftDate(today, d))),
    ];
    await db.studyActivity.createMany({ data: instants.map((occurredAt) => ({ userId: learner.id, topicId, kind: "RESOURCE_DONE" as const, occurredAt })) });
    expect(dateIn(at(`${shiftDate(today, -1)}T06:30:00Z`), zone)).toBe(shiftDate(today, -2));

    const { res, today: seenToday, body, expected } = await dashboardWithToday(learner, zone);
    expect(res.status).toBe(200);
    // Activity rows alone start and finish nothing.
    expect(body.overall).toStrictEqual(expected.overall);
    expect(body.timeZone).toBe(zone);
    expect(body.streak).toStrictEqual({ current: 3, longest: 6 });
    const counts: Record<string, number> = {
      [seenToday]: 2,
      [shiftDate(today, -1)]: 1,
      [shiftDate(today, -2)]: 1,
      ...Object.fromEntries([-10, -9, -8, -7, -6].map((d) => [shiftDate(today, d), 1])),
    };
    if (seenToday === today) expect(body.activity).toStrictEqual(window182(today, counts));
    expect(body.activity).toHaveLength(182);
    expect(body.activity.at(-1)!.date).toBe(seenToday);
    expect(body.activity[0]!.date).toBe(shiftDate(seenToday, -181));
    // Were days counted in UTC, the 06:30 UTC action would land on "yesterday" (2) and the streak would be 2.
    expect(body.activity.find((d) => d.date === shiftDate(today, -1))).toStrictEqual({ date: shiftDate(today, -1), count: 1 });
    expect(body.activity.find((d) => d.date === shiftDate(today, -2))).toStrictEqual({ date: shiftDate(today, -2), count: 1 });
  });

  it("keeps the current streak alive through yesterday when today has no activity yet, and ends it after a missed day", async () => {
    const zone = "America/Los_Angeles";
    const learner = await createLearner();
    await db.user.update({ where: { id: learner.id }, data: { timeZone: zone } });
    const { id: topicId } = await seededTopic("evaluation");
    const today = dateIn(new Date(), zone);
    const add = (dates: string[]) =>
      db.studyActivity.createMany({ data: dates.map((d) => ({ userId: learner.id, topicId, kind: "NOTE" as const, occurredAt: new Date(`${d}T20:00:00Z`) })) });

    await add([shiftDate(today, -2), shiftDate(today, -1)]);
    const alive = await dashboardWithToday(learner, zone);
    expect(alive.body.streak).toStrictEqual({ current: 2, longest: 2 });

    await db.studyActivity.deleteMany({ where: { userId: learner.id } });
    await add([shiftDate(today, -4), shiftDate(today, -3), shiftDate(today, -2)]);
    const broken = await dashboardWithToday(learner, zone);
    expect(broken.body.streak).toStrictEqual({ current: 0, longest: 3 });
  });
});
