import { json, parseQuery, withAuth } from "@/lib/api";
import { listReviews } from "@/lib/spaced-review/data";
import { reviewsQuerySchema } from "@/lib/spaced-review/schema";

// GET /api/me/reviews?due=true – the caller's review schedule (finished topics), soonest first; due=true: due today or earlier
export const GET = withAuth(async ({ req, user }) => {
  const { due } = parseQuery(req, reviewsQuerySchema);
  return json(await listReviews({ userId: user.id, timeZone: user.timeZone, dueOnly: due }));
});
