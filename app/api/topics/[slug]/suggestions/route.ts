import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { slugParams } from "@/lib/catalog/schema";
import { submitSuggestion } from "@/lib/review/mutations";
import { createSuggestionSchema } from "@/lib/review/schema";

// POST /api/topics/{slug}/suggestions – suggest a resource for a topic (at most 20 submissions a day)
export const POST = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const input = await parseBody(req, createSuggestionSchema);
  return json(await submitSuggestion(user.id, slug, input), { status: 201 });
}, "review:submit");
