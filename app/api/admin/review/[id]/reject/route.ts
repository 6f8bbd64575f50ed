import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { rejectSubmission } from "@/lib/review/mutations";
import { rejectSchema, submissionParams } from "@/lib/review/schema";

// POST /api/admin/review/{id}/reject – reject with a reason the learner sees (required); twice → 409
export const POST = withAuth(async ({ req, params, user }) => {
  const { id } = parseParams(params, submissionParams);
  const { reason } = await parseBody(req, rejectSchema);
  return json(await rejectSubmission({ id: user.id, name: user.name, email: user.email }, id, reason));
}, "review:decide");
