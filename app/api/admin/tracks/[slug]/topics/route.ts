import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { slugParams } from "@/lib/catalog/schema";
import { createTopicSchema } from "@/lib/curation/schema";
import { createTopic } from "@/lib/curation/topics";

// POST /api/admin/tracks/{slug}/topics – a new topic at the end of the track → 201
export const POST = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const input = await parseBody(req, createTopicSchema);
  return json(await createTopic(auditActor(user), slug, input), { status: 201 });
}, "catalog:curate");
