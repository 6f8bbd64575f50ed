import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { slugParams } from "@/lib/catalog/schema";
import { reorderKeyPoints } from "@/lib/curation/key-points";
import { idOrderSchema } from "@/lib/curation/schema";

// PUT /api/admin/topics/{slug}/key-points/order – reorder the topic's active key points (a permutation, else 422)
export const PUT = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const { ids } = await parseBody(req, idOrderSchema);
  return json(await reorderKeyPoints(auditActor(user), slug, ids));
}, "catalog:curate");
