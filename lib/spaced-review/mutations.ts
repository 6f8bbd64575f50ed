import "server-only";
import { randomUUID } from "node:crypto";
import { db, type DbTransaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { activeTopic } from "@/lib/catalog/data";
import { localDate } from "@/lib/progress/activity";
import type { TopicStatus } from "@/lib/progress/schema";
import { firstCard, nextCard, type CardState } from "@/lib/spaced-review/scheduler";
import type { ReviewGrade, ReviewResultDto } from "@/lib/spaced-review/schema";

/**
 * Keeps a topic's review card in step with its status, inside the status
 * write's transaction: DONE gets a card when it has none (finishing counts as
 * the first recall; an existing schedule is kept), any other status removes
 * it. A track reset deletes the topic_progress rows, and the cards with them
 * (foreign key ON DELETE CASCADE).
 */
export async function syncReviewCard(tx: DbTransaction, { userId, topicId, status, now }: { userId: string; topicId: string; status: TopicStatus; now: Date }) {
  if (status !== "DONE") {
    await tx.$executeRaw`DELETE FROM review_cards WHERE user_id = ${userId} AND topic_id = ${topicId}`;
    return;
  }
  const card = firstCard(now);
  await tx.$executeRaw`
    INSERT INTO review_cards (id, user_id, topic_id, due_at, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review_at, created_at)
    VALUES (${randomUUID()}, ${userId}, ${topicId}, ${card.dueAt}, ${card.stability}, ${card.difficulty}, ${card.scheduledDays},
            ${card.learningSteps}, ${card.reps}, ${card.lapses}, ${card.state}, ${card.lastReviewAt}, ${now})
    ON CONFLICT (user_id, topic_id) DO NOTHING`;
}

type CardRow = CardState & { id: string };

/**
 * Records the learner's answer on a finished topic and schedules its next
 * review. One review per topic and day (the learner's `timeZone`): the
 * review_logs unique key (card, day) turns a repeated answer, or two sent at
 * once, into one schedule; later answers that day return it unchanged. The
 * review counts as study (heatmap, streak). Unknown or unfinished topic → 404.
 */
export async function reviewTopic({ userId, timeZone, slug, grade, now = new Date() }: { userId: string; timeZone: string; slug: string; grade: ReviewGrade; now?: Date }): Promise<ReviewResultDto> {
  const topic = await db.topic.findFirst({ where: { slug, ...activeTopic }, select: { id: true, slug: true, title: true } });
  if (!topic) throw notFound("No topic with this slug.");
  const today = localDate(now, timeZone);
  return db.$transaction(async (tx) => {
    // Row lock: a concurrent answer waits here, then finds today's review logged.
    const [card] = await tx.$queryRaw<CardRow[]>`
      SELECT id, due_at AS "dueAt", stability, difficulty, scheduled_days AS "scheduledDays", learning_steps AS "learningSteps",
             reps, lapses, state, last_review_at AS "lastReviewAt"
        FROM review_cards WHERE user_id = ${userId} AND topic_id = ${topic.id}
         FOR UPDATE`;
    if (!card) throw notFound("This topic has no review: finish it first.");
    const logged = await tx.$queryRaw<{ id: bigint }[]>`
      INSERT INTO review_logs (card_id, reviewed_on, grade, reviewed_at)
      VALUES (${card.id}, ${today}::date, ${grade}::"ReviewGrade", ${now})
      ON CONFLICT (card_id, reviewed_on) DO NOTHING
      RETURNING id`;
    const ref = { slug: topic.slug, title: topic.title };
    if (logged.length === 0) {
      const [first] = await tx.$queryRaw<{ grade: ReviewGrade }[]>`
        SELECT grade::text AS grade FROM review_logs WHERE card_id = ${card.id} AND reviewed_on = ${today}::date`;
      return { topic: ref, dueOn: localDate(card.dueAt, timeZone), grade: first!.grade, reviewedOn: today };
    }
    const next = nextCard(card, grade, now);
    await tx.$executeRaw`
      UPDATE review_cards
         SET due_at = ${next.dueAt}, stability = ${next.stability}, difficulty = ${next.difficulty}, scheduled_days = ${next.scheduledDays},
             learning_steps = ${next.learningSteps}, reps = ${next.reps}, lapses = ${next.lapses}, state = ${next.state},
             last_review_at = ${next.lastReviewAt}
       WHERE id = ${card.id}`;
    await tx.$executeRaw`
      INSERT INTO study_activity (user_id, topic_id, kind, occurred_at) VALUES (${userId}, ${topic.id}, 'REVIEW', ${now})`;
    return { topic: ref, dueOn: localDate(next.dueAt, timeZone), grade, reviewedOn: today };
  });
}
