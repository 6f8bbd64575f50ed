import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { slugParams } from "@/lib/catalog/schema";
import { reorderResources } from "@/lib/curation/resources";
import { idOrderSchema } from "@/lib/curation/schema";

// PUT /api/admin/topics/{slug}/resources/order – reorder the topic's active resources (a permutation, else 422)
export const PUT = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const { ids } = await parseBody(req, idOrderSchema);
  return json(await reorderResources(auditActor(user), slug, ids));
}, "catalog:curate");
