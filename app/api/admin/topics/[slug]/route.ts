import { json, notFound, parseBody, parseParams, withAuth } from "@/lib/api";
import { auditActor } from "@/lib/audit/schema";
import { slugParams } from "@/lib/catalog/schema";
import { getTopicForEditing } from "@/lib/curation/data";
import { updateTopicSchema } from "@/lib/curation/schema";
import { updateTopic } from "@/lib/curation/topics";

// GET /api/admin/topics/{slug} – the topic with every key point and resource, archived ones included
export const GET = withAuth(async ({ params }) => {
  const { slug } = parseParams(params, slugParams);
  const topic = await getTopicForEditing(slug);
  if (!topic) throw notFound("No topic with this slug.");
  return json(topic);
}, "catalog:curate");

// PATCH /api/admin/topics/{slug} – edit title and intro, move to another `track`, archive or restore with `status`
export const PATCH = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const input = await parseBody(req, updateTopicSchema);
  return json(await updateTopic(auditActor(user), slug, input));
}, "catalog:curate");
