import { json, notFound, parseParams, withErrors } from "@/lib/api";
import { getTrack } from "@/lib/catalog/data";
import { slugParams } from "@/lib/catalog/schema";

// GET /api/tracks/{slug} – one track with its topics in order (public)
export const GET = withErrors(async ({ params }) => {
  const { slug } = parseParams(params, slugParams);
  const track = await getTrack(slug);
  if (!track) throw notFound("No track with this slug.");
  return json(track);
});
