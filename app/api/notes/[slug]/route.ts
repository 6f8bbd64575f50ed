import { json, notFound, parseBody, parseParams, withAuth } from "@/lib/api";
import { slugParams } from "@/lib/catalog/schema";
import { getNote } from "@/lib/progress/data";
import { saveNote } from "@/lib/progress/mutations";
import { saveNoteSchema } from "@/lib/progress/schema";

// GET /api/notes/{slug} – the caller's private note on a topic ("" when none)
export const GET = withAuth(async ({ params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const note = await getNote(user.id, slug);
  if (!note) throw notFound("No topic with this slug.");
  return json(note);
});

// PUT /api/notes/{slug} – save the caller's note (Markdown, up to 20,000 characters)
export const PUT = withAuth(async ({ req, params, user }) => {
  const { slug } = parseParams(params, slugParams);
  const { body } = await parseBody(req, saveNoteSchema);
  return json(await saveNote(user.id, slug, body));
}, "progress:write");
