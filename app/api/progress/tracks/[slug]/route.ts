import { json, noContent, notFound, parseParams, withAuth } from "@/lib/api";
import { slugParams } from "@/lib/catalog/schema";
import { getTrackStatuses } from "@/lib/progress/data";
import { resetTrackProgress } from "@/lib/progress/mutations";

// GET /api/progress/tracks/{slug} – the caller's status on each topic of a track that has one
export const GET = withAuth(async ({ params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const statuses = await getTrackStatuses(user.id, slug);
  if (!statuses) throw notFound("No track with this slug.");
  return json({ track: slug, statuses });
});

// DELETE /api/progress/tracks/{slug} – reset the caller's statuses and ticks on one track (notes stay)
export const DELETE = withAuth(async ({ params, user }) => {
  const { slug } = parseParams(params, slugParams);
  await resetTrackProgress(user.id, slug);
  return noContent();
}, "progress:write");
