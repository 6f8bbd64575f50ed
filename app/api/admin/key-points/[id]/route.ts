import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { updateKeyPoint } from "@/lib/curation/key-points";
import { idParams, updateKeyPointSchema } from "@/lib/curation/schema";

// PATCH /api/admin/key-points/{id} – edit title and text; archive or restore with `status`
export const PATCH = withAuth(async ({ req, params, user }) => {
  const { id } = parseParams(params, idParams);
  const input = await parseBody(req, updateKeyPointSchema);
  return json(await updateKeyPoint(auditActor(user), id, input));
}, "catalog:curate");
