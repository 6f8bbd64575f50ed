import { json, notFound, parseParams, withErrors } from "@/lib/api";
import { getTopic } from "@/lib/catalog/data";
import { slugParams } from "@/lib/catalog/schema";

// GET /api/topics/{slug} – a topic's intro, key points and resources (public)
export const GET = withErrors(async ({ params }) => {
  const { slug } = parseParams(params, slugParams);
  const topic = await getTopic(slug);
  if (!topic) throw notFound("No topic with this slug.");
  return json(topic);
});
