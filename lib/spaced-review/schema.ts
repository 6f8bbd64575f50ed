import { z } from "zod";

export const REVIEW_GRADES = ["AGAIN", "HARD", "GOOD", "EASY"] as const;
export const reviewGradeSchema = z.enum(REVIEW_GRADES);
export type ReviewGrade = z.infer<typeof reviewGradeSchema>;

/** POST /api/me/reviews/{slug} */
export const reviewBodySchema = z.strictObject({ grade: reviewGradeSchema });

/** GET /api/me/reviews?due=true — only the cards due today or earlier (in the learner's zone); without it, every card. */
export const reviewsQuerySchema = z.strictObject({
  due: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true"),
});

type TopicRef = { slug: string; title: string };

/** One finished topic's review schedule; dates are YYYY-MM-DD in the learner's time zone. */
export type ReviewCardDto = {
  topic: TopicRef;
  dueOn: string;
  /** The last day the learner reviewed it (null until the first review; finishing the topic is not a review). */
  lastReviewedOn: string | null;
  /** Reviews so far. */
  reps: number;
};

/** The answer to POST /api/me/reviews/{slug}. */
export type ReviewResultDto = {
  topic: TopicRef;
  /** When it comes back. */
  dueOn: string;
  /** The grade that scheduled today's review (the first one sent today). */
  grade: ReviewGrade;
  reviewedOn: string;
};
