import { json, notFound, parseBody, parseParams, withAuth } from "@/lib/api";
import { slugParams } from "@/lib/catalog/schema";
import { countNewResourcesSinceDone, getTopicProgress } from "@/lib/progress/data";
import { setTopicStatus } from "@/lib/progress/mutations";
import { setTopicStatusSchema } from "@/lib/progress/schema";

// GET /api/progress/topics/{slug} – the caller's status and ticked resources on a topic,
// and how many resources it gained since they finished it (newResources)
export const GET = withAuth(async ({ params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const [progress, newResources] = await Promise.all([getTopicProgress(user.id, slug), countNewResourcesSinceDone(user.id, slug)]);
  if (!progress) throw notFound("No topic with this slug.");
  return json({ ...progress, newResources });
});

// PUT /api/progress/topics/{slug} – set the caller's status on a topic (idempotent)
export const PUT = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const { status } = await parseBody(req, setTopicStatusSchema);
  return json(await setTopicStatus(user.id, slug, status));
}, "progress:write");
