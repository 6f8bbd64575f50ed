import { json, notFound, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { slugParams } from "@/lib/catalog/schema";
import { getTrackForEditing } from "@/lib/curation/data";
import { updateTrackSchema } from "@/lib/curation/schema";
import { updateTrack } from "@/lib/curation/tracks";

// GET /api/admin/tracks/{slug} – the track and all its topics, archived ones included
export const GET = withAuth(async ({ params }) => {
  const { slug } = parseParams(params, slugParams);
  const track = await getTrackForEditing(slug);
  if (!track) throw notFound("No track with this slug.");
  return json(track);
}, "catalog:curate");

// PATCH /api/admin/tracks/{slug} – edit title, summary, intro; archive or restore with `status`
export const PATCH = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const input = await parseBody(req, updateTrackSchema);
  return json(await updateTrack(auditActor(user), slug, input));
}, "catalog:curate");
