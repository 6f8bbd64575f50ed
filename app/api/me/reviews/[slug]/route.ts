import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { slugParams } from "@/lib/catalog/schema";
import { reviewTopic } from "@/lib/spaced-review/mutations";
import { reviewBodySchema } from "@/lib/spaced-review/schema";

// POST /api/me/reviews/{slug} – answer a review (AGAIN | HARD | GOOD | EASY) and schedule the next; once per topic and day
export const POST = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const { grade } = await parseBody(req, reviewBodySchema);
  return json(await reviewTopic({ userId: user.id, timeZone: user.timeZone, slug, grade }));
}, "progress:write");
