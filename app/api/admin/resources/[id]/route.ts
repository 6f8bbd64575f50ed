import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { editResource } from "@/lib/curation/resources";
import { idParams, updateResourceSchema } from "@/lib/curation/schema";

// PATCH /api/admin/resources/{id} – edit any field; archive or restore with `status` (learners' ticks are kept)
export const PATCH = withAuth(async ({ req, params, user }) => {
  const { id } = parseParams(params, idParams);
  const input = await parseBody(req, updateResourceSchema);
  return json(await editResource(auditActor(user), id, input));
}, "catalog:curate");
