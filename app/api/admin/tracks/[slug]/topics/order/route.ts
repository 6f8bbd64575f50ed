import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { slugParams } from "@/lib/catalog/schema";
import { slugOrderSchema } from "@/lib/curation/schema";
import { reorderTopics } from "@/lib/curation/topics";

// PUT /api/admin/tracks/{slug}/topics/order – reorder the track's active topics (a permutation, else 422)
export const PUT = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const { slugs } = await parseBody(req, slugOrderSchema);
  return json(await reorderTopics(auditActor(user), slug, slugs));
}, "catalog:curate");
