import { json, parseBody, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { listTracksForEditing } from "@/lib/curation/data";
import { createTrackSchema } from "@/lib/curation/schema";
import { createTrack } from "@/lib/curation/tracks";

// GET /api/admin/tracks – every track, archived ones included, with topic counts
export const GET = withAuth(async () => json(await listTracksForEditing()), "catalog:curate");

// POST /api/admin/tracks – a new track at the end of the roadmap → 201
export const POST = withAuth(async ({ req, user }) => {
  const input = await parseBody(req, createTrackSchema);
  return json(await createTrack(auditActor(user), input), { status: 201 });
}, "catalog:curate");
