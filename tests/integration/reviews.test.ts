// Spaced review: a finished topic gets a review card (ts-fsrs), GET/POST
// /api/me/reviews list and answer it once per day (repeats and concurrent
// answers schedule once), leaving DONE or resetting the track removes it, and
// a review counts as study for the heatmap and streak. Time moves through the
// database (due dates and review days set in the past), never by waiting.
import { describe, expect, it } from "vitest";
import { GET as listReviewsRoute } from "@/app/api/me/reviews/route";
import { POST as reviewRoute } from "@/app/api/me/reviews/[slug]/route";
import { db } from "@/lib/db";
import { callRoute } from "@/tests/support/http";
import { UNAUTHENTICATED, createLearner, dateIn, seededTopic, shiftDate, type Learner } from "@/tests/support/progress";

const DAY_MS = 86_400_000;

const reviews = (learner: Pick<Learner, "cookie"> | null, query = "") =>
  callRoute(listReviewsRoute, `/api/me/reviews${query}`, { cookie: learner?.cookie });
const answer = (learner: Pick<Learner, "cookie"> | null, slug: string, body: unknown) =>
  callRoute(reviewRoute, `/api/me/reviews/${encodeURIComponent(slug)}`, { method: "POST", cookie: learner?.cookie, params: { slug }, json: body });

const cardOf = (userId: string, topicId: string) => db.reviewCard.findUnique({ where: { userId_topicId: { userId, topicId } }, include: { reviews: true } });

/** A learner (in `timeZone`) who finished `slug`, with the card moved to be due yesterday. */
async function finishedAndDue(slug: string, timeZone = "UTC") {
  const learner = await createLearner();
  await db.user.update({ where: { id: learner.id }, data: { timeZone } });
  const topic = await seededTopic(slug);
  expect((await learner.api.setStatus(slug, { status: "DONE" })).status).toBe(200);
  await db.reviewCard.update({ where: { userId_topicId: { userId: learner.id, topicId: topic.id } }, data: { dueAt: new Date(Date.now() - DAY_MS) } });
  return { learner, topic, today: dateIn(new Date(), timeZone) };
}

describe("review cards follow the topic's status", () => {
  it("finishing a topic schedules its first review a few days out; it is not due yet", async () => {
    const learner = await createLearner();
    const topic = await seededTopic("neural-networks");
    await learner.api.setStatus("neural-networks", { status: "DONE" });
    const today = dateIn(new Date(), "UTC");
    const all = await reviews(learner);
    expect(all).toMatchObject({ status: 200 });
    expect(all.body).toStrictEqual([{ topic: { slug: "neural-networks", title: topic.title }, dueOn: shiftDate(today, 3), lastReviewedOn: null, reps: 0 }]);
    expect(await reviews(learner, "?due=true")).toMatchObject({ status: 200, body: [] });
    // Setting DONE again (or ticking a resource of a done topic) keeps the schedule.
    const before = await cardOf(learner.id, topic.id);
    await learner.api.setStatus("neural-networks", { status: "DONE" });
    expect(await cardOf(learner.id, topic.id)).toStrictEqual(before);
  });

  it("marking the topic not done removes it from review; unticking a resource of a done topic too", async () => {
    const { learner, topic } = await finishedAndDue("the-llm-architecture");
    await learner.api.setStatus("the-llm-architecture", { status: "IN_PROGRESS" });
    expect(await cardOf(learner.id, topic.id)).toBeNull();
    expect(await reviews(learner)).toMatchObject({ status: 200, body: [] });
    expect(await answer(learner, "the-llm-architecture", { grade: "GOOD" })).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: "This topic has no review: finish it first." } },
    });

    // Done by ticking every resource, then one unticked: back to in progress, no card.
    for (const id of topic.resourceIds) await learner.api.setDone(id, { done: true });
    expect(await cardOf(learner.id, topic.id)).not.toBeNull();
    await learner.api.setDone(topic.resourceIds[0]!, { done: false });
    expect(await cardOf(learner.id, topic.id)).toBeNull();
  });

  it("resetting the track removes its schedules and keeps the others", async () => {
    const learner = await createLearner();
    const inTrack = await seededTopic("neural-networks");
    const elsewhere = await seededTopic("quantization");
    expect(inTrack.track.slug).not.toBe(elsewhere.track.slug);
    await learner.api.setStatus(inTrack.slug, { status: "DONE" });
    await learner.api.setStatus(elsewhere.slug, { status: "DONE" });
    expect((await learner.api.resetTrack(inTrack.track.slug)).status).toBe(204);
    expect(((await reviews(learner)).body as { topic: { slug: string } }[]).map((r) => r.topic.slug)).toStrictEqual([elsewhere.slug]);
    expect(await db.reviewCard.count({ where: { userId: learner.id } })).toBe(1);
  });
});

describe("POST /api/me/reviews/{slug}", () => {
  it("lists a due topic, schedules the next review from the grade, and logs one review", async () => {
    const { learner, topic, today } = await finishedAndDue("quantization");
    expect((await reviews(learner, "?due=true")).body).toStrictEqual([
      { topic: { slug: "quantization", title: topic.title }, dueOn: shiftDate(today, -1), lastReviewedOn: null, reps: 0 },
    ]);
    const res = await answer(learner, "quantization", { grade: "GOOD" });
    expect(res.status).toBe(200);
    const body = res.body as { topic: unknown; dueOn: string; grade: string; reviewedOn: string };
    expect(body).toMatchObject({ topic: { slug: "quantization", title: topic.title }, grade: "GOOD", reviewedOn: today });
    expect(body.dueOn > today).toBe(true);
    const card = await cardOf(learner.id, topic.id);
    expect(card).toMatchObject({ reps: 2, reviews: [{ grade: "GOOD" }] });
    expect(dateIn(card!.dueAt, "UTC")).toBe(body.dueOn);
    expect(await reviews(learner, "?due=true")).toMatchObject({ body: [] });
    expect((await reviews(learner)).body).toStrictEqual([{ topic: { slug: "quantization", title: topic.title }, dueOn: body.dueOn, lastReviewedOn: today, reps: 1 }]);
  });

  it("AGAIN brings it back sooner than EASY", async () => {
    const again = await finishedAndDue("quantization");
    const easy = await finishedAndDue("quantization");
    const soon = (await answer(again.learner, "quantization", { grade: "AGAIN" })).body as { dueOn: string };
    const late = (await answer(easy.learner, "quantization", { grade: "EASY" })).body as { dueOn: string };
    expect(soon.dueOn < late.dueOn).toBe(true);
  });

  it("is idempotent per day: the same answer again, or another grade, schedules nothing new", async () => {
    const { learner, topic } = await finishedAndDue("evaluation");
    const first = await answer(learner, "evaluation", { grade: "HARD" });
    const card = await cardOf(learner.id, topic.id);
    expect(await answer(learner, "evaluation", { grade: "HARD" })).toStrictEqual(first);
    expect(await answer(learner, "evaluation", { grade: "EASY" })).toStrictEqual(first);
    expect(await cardOf(learner.id, topic.id)).toStrictEqual(card);
    expect(await db.studyActivity.count({ where: { userId: learner.id, kind: "REVIEW" } })).toBe(1);
  });

  it("schedules once when answers arrive at the same moment (double-click)", async () => {
    const { learner, topic } = await finishedAndDue("evaluation");
    const results = await Promise.all(["GOOD", "GOOD", "EASY", "AGAIN", "GOOD"].map((grade) => answer(learner, "evaluation", { grade })));
    expect(results.map((r) => r.status)).toStrictEqual([200, 200, 200, 200, 200]);
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const card = await cardOf(learner.id, topic.id);
    expect(card!.reps).toBe(2);
    expect(card!.reviews).toHaveLength(1);
    expect(await db.studyActivity.count({ where: { userId: learner.id, kind: "REVIEW" } })).toBe(1);
  });

  it("reviews again on a later day (yesterday's review moved back through the database)", async () => {
    const { learner, topic, today } = await finishedAndDue("evaluation");
    await answer(learner, "evaluation", { grade: "GOOD" });
    const card = (await cardOf(learner.id, topic.id))!;
    await db.reviewLog.updateMany({ where: { cardId: card.id }, data: { reviewedOn: new Date(`${shiftDate(today, -1)}T00:00:00Z`) } });
    await db.reviewCard.update({ where: { id: card.id }, data: { dueAt: new Date(Date.now() - DAY_MS), lastReviewAt: new Date(Date.now() - DAY_MS) } });
    expect((await answer(learner, "evaluation", { grade: "GOOD" })).status).toBe(200);
    expect(await cardOf(learner.id, topic.id)).toMatchObject({ reps: 3 });
    expect((await reviews(learner)).body).toMatchObject([{ lastReviewedOn: today, reps: 2 }]);
  });

  it("dates the review in the learner's time zone", async () => {
    const zone = "Pacific/Kiritimati"; // UTC+14: its date is often not UTC's
    const { learner } = await finishedAndDue("evaluation", zone);
    expect(await answer(learner, "evaluation", { grade: "GOOD" })).toMatchObject({ status: 200, body: { reviewedOn: dateIn(new Date(), zone) } });
  });

  it("counts a review as study: today's heatmap cell and the streak", async () => {
    const { learner, today } = await finishedAndDue("evaluation");
    // Everything the learner did so far happened ten days ago.
    await db.studyActivity.updateMany({ where: { userId: learner.id }, data: { occurredAt: new Date(Date.now() - 10 * DAY_MS) } });
    let dashboard = (await learner.api.dashboard()).body as { streak: { current: number }; activity: { date: string; count: number }[] };
    expect(dashboard.streak.current).toBe(0);
    await answer(learner, "evaluation", { grade: "GOOD" });
    dashboard = (await learner.api.dashboard()).body as typeof dashboard;
    expect(dashboard.streak.current).toBe(1);
    expect(dashboard.activity.at(-1)).toStrictEqual({ date: today, count: 1 });
  });

  it("answers 404 for an unknown topic, 401 without a session, 422 for a bad grade or query", async () => {
    const { learner } = await finishedAndDue("evaluation");
    expect(await answer(learner, "no-such-topic", { grade: "GOOD" })).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: "No topic with this slug." } },
    });
    expect(await answer(null, "evaluation", { grade: "GOOD" })).toMatchObject({ status: 401, body: UNAUTHENTICATED });
    expect(await reviews(null, "?due=true")).toMatchObject({ status: 401, body: UNAUTHENTICATED });
    for (const body of [{ grade: "good" }, { grade: "PERFECT" }, {}, { grade: "GOOD", extra: 1 }]) {
      expect((await answer(learner, "evaluation", body)).status, JSON.stringify(body)).toBe(422);
    }
    expect((await reviews(learner, "?due=yes")).status).toBe(422);
    expect(await db.reviewLog.count({ where: { card: { userId: learner.id } } })).toBe(0);
  });
});
