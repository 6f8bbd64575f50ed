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

const topicRefSchema = z.object({ slug: z.string(), title: z.string() });
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One finished topic's review schedule; dates are YYYY-MM-DD in the learner's time zone. */
export const reviewCardDtoSchema = z.object({
  topic: topicRefSchema,
  dueOn: dateSchema,
  /** The last day the learner reviewed it (null until the first review; finishing the topic is not a review). */
  lastReviewedOn: dateSchema.nullable(),
  /** Reviews so far. */
  reps: z.number().int(),
});
export type ReviewCardDto = z.infer<typeof reviewCardDtoSchema>;

/** The answer to POST /api/me/reviews/{slug}. */
export const reviewResultDtoSchema = z.object({
  topic: topicRefSchema,
  /** When it comes back. */
  dueOn: dateSchema,
  /** The grade that scheduled today's review (the first one sent today). */
  grade: reviewGradeSchema,
  reviewedOn: dateSchema,
});
export type ReviewResultDto = z.infer<typeof reviewResultDtoSchema>;
