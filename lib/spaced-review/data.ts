import "server-only";
import { activeTopic } from "@/lib/catalog/data";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { localDate } from "@/lib/progress/activity";
import type { ReviewCardDto, ReviewGrade } from "@/lib/spaced-review/schema";

/** A review card as reviewCardsSql returns it: days already in the learner's zone, as YYYY-MM-DD. */
export type ReviewCardRow = { slug: string; title: string; dueOn: string; lastReviewedOn: string | null; reps: number };

/**
 * The learner's review cards on active topics, soonest first; with `dueOnly`,
 * those due on `today` (in `timeZone`) or earlier. `dueAt` is there to sort by
 * when the rows are aggregated into JSON (lib/dashboard/queries.ts).
 */
export function reviewCardsSql({ userId, timeZone, today, dueOnly }: { userId: string; timeZone: string; today: string; dueOnly: boolean }) {
  const dueDay = Prisma.sql`((c.due_at AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date`;
  return Prisma.sql`
    SELECT tp.slug, tp.title, c.due_at AS "dueAt", to_char(${dueDay}, 'YYYY-MM-DD') AS "dueOn",
           (SELECT to_char(max(l.reviewed_on), 'YYYY-MM-DD') FROM review_logs l WHERE l.card_id = c.id) AS "lastReviewedOn",
           (SELECT count(*) FROM review_logs l WHERE l.card_id = c.id)::int AS reps
      FROM review_cards c
      JOIN topics tp ON tp.id = c.topic_id AND tp.status = 'ACTIVE'
      JOIN tracks t ON t.id = tp.track_id AND t.status = 'ACTIVE'
     WHERE c.user_id = ${userId} ${dueOnly ? Prisma.sql`AND ${dueDay} <= ${today}::date` : Prisma.empty}
     ORDER BY c.due_at, tp.title`;
}

export const toReviewCard = (row: ReviewCardRow): ReviewCardDto => ({
  topic: { slug: row.slug, title: row.title },
  dueOn: row.dueOn,
  lastReviewedOn: row.lastReviewedOn,
  reps: row.reps,
});

/**
 * The learner's review cards on active topics, soonest first; with `dueOnly`,
 * those due today or earlier in `timeZone` (`now` is for tests).
 */
export async function listReviews({ userId, timeZone, dueOnly, now = new Date() }: { userId: string; timeZone: string; dueOnly: boolean; now?: Date }): Promise<ReviewCardDto[]> {
  const rows = await db.$queryRaw<ReviewCardRow[]>(reviewCardsSql({ userId, timeZone, today: localDate(now, timeZone), dueOnly }));
  return rows.map(toReviewCard);
}

export type ReviewSession = {
  topic: { slug: string; title: string; track: { slug: string; title: string } };
  keyPoints: { title: string; text: string }[];
  /** The learner's own note (Markdown), "" when none. */
  note: string;
  dueOn: string;
  /** Today's answer when the learner already reviewed the topic today. */
  reviewedToday: ReviewGrade | null;
};

/** What the review page shows: the topic's key points and the learner's note; null when the topic has no review card. */
export async function getReviewSession({ userId, timeZone, slug, now = new Date() }: { userId: string; timeZone: string; slug: string; now?: Date }): Promise<ReviewSession | null> {
  const today = localDate(now, timeZone);
  const topic = await db.topic.findFirst({
    where: { slug, ...activeTopic },
    select: {
      slug: true,
      title: true,
      track: { select: { slug: true, title: true } },
      keyPoints: { where: { status: "ACTIVE" }, orderBy: { position: "asc" }, select: { title: true, text: true } },
      notes: { where: { userId }, select: { body: true } },
      reviewCards: {
        where: { userId },
        select: { dueAt: true, reviews: { where: { reviewedOn: new Date(`${today}T00:00:00Z`) }, select: { grade: true } } },
      },
    },
  });
  const card = topic?.reviewCards[0];
  if (!topic || !card) return null;
  return {
    topic: { slug: topic.slug, title: topic.title, track: topic.track },
    keyPoints: topic.keyPoints,
    note: topic.notes[0]?.body ?? "",
    dueOn: localDate(card.dueAt, timeZone),
    reviewedToday: card.reviews[0]?.grade ?? null,
  };
}
