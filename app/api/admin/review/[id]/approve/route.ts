import { json, parseParams, withAuth } from "@/lib/api";
import { approveSubmission } from "@/lib/review/mutations";
import { parseOptionalBody } from "@/lib/review/body";
import { approveSchema, submissionParams } from "@/lib/review/schema";

// POST /api/admin/review/{id}/approve – approve: a suggestion becomes a resource, a report is resolved (optional resource edits); twice → 409
export const POST = withAuth(async ({ req, params, user }) => {
  const { id } = parseParams(params, submissionParams);
  const input = await parseOptionalBody(req, approveSchema);
  return json(await approveSubmission({ id: user.id, name: user.name, email: user.email }, id, input));
}, "review:decide");
