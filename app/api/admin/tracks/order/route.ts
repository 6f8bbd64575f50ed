import { json, parseBody, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { slugOrderSchema } from "@/lib/curation/schema";
import { reorderTracks } from "@/lib/curation/tracks";

// PUT /api/admin/tracks/order – reorder the active tracks (a permutation of their slugs, else 422)
export const PUT = withAuth(async ({ req, user }) => {
  const { slugs } = await parseBody(req, slugOrderSchema);
  return json(await reorderTracks(auditActor(user), slugs));
}, "catalog:curate");
