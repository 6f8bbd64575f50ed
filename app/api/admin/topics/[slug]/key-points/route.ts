import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { slugParams } from "@/lib/catalog/schema";
import { createKeyPoint } from "@/lib/curation/key-points";
import { createKeyPointSchema } from "@/lib/curation/schema";

// POST /api/admin/topics/{slug}/key-points – a new key point at the end of the topic → 201
export const POST = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const input = await parseBody(req, createKeyPointSchema);
  return json(await createKeyPoint(auditActor(user), slug, input), { status: 201 });
}, "catalog:curate");
