import { json, parseParams, withErrors } from "@/lib/api";
import { getSessionUser } from "@/lib/session";
import { getInvitePreview } from "@/lib/teams/invites";
import { tokenParams } from "@/lib/teams/schema";

// GET /api/invites/{token} – what an invite link offers; public (the token is the key) so the page can offer sign-in first
export const GET = withErrors(async ({ req, params }) => {
  const { token } = parseParams(params, tokenParams);
  const viewer = await getSessionUser(req.headers);
  return json(await getInvitePreview(token, viewer?.id ?? null), { headers: { "Cache-Control": "no-store" } });
});
