import { noContent, parseParams, withAuth } from "@/lib/api";
import { slugParams } from "@/lib/catalog/schema";
import { resetTrackProgress } from "@/lib/progress/mutations";

// DELETE /api/progress/tracks/{slug} – reset the caller's statuses and ticks on one track (notes stay)
export const DELETE = withAuth(async ({ params, user }) => {
  const { slug } = parseParams(params, slugParams);
  await resetTrackProgress(user.id, slug);
  return noContent();
}, "progress:write");
