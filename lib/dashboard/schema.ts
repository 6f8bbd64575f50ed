import { z } from "zod";
import { dashboardSchema } from "@/lib/progress/schema";
import { reviewCardDtoSchema } from "@/lib/spaced-review/schema";
import { myAssignmentDtoSchema } from "@/lib/teams/schema";

/**
 * GET /api/me/dashboard: everything the learner's dashboard shows, in one
 * answer (the page is a static document; this is its one request).
 */
export const dashboardPageSchema = z.object({
  user: z.object({ name: z.string() }),
  /** The same object as GET /api/me/progress. */
  progress: dashboardSchema,
  /** Minutes of study left per track slug: resources not ticked in topics not done or skipped (the one effort table). */
  remainingMinutes: z.record(z.string(), z.number()),
  /** As GET /api/me/assignments: soonest due first. */
  assignments: z.array(myAssignmentDtoSchema),
  /** As GET /api/me/reviews?due=true: due today or earlier in the learner's zone, soonest first. */
  reviewsDue: z.array(reviewCardDtoSchema),
});
export type DashboardPage = z.infer<typeof dashboardPageSchema>;
