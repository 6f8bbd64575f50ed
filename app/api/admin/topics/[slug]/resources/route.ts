import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { slugParams } from "@/lib/catalog/schema";
import { addResource } from "@/lib/curation/resources";
import { createResourceSchema } from "@/lib/curation/schema";

// POST /api/admin/topics/{slug}/resources – a new resource at the end of the topic → 201
export const POST = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const input = await parseBody(req, createResourceSchema);
  return json(await addResource(auditActor(user), slug, input), { status: 201 });
}, "catalog:curate");
