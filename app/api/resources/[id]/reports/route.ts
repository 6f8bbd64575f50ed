import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { resourceParams } from "@/lib/progress/schema";
import { submitReport } from "@/lib/review/mutations";
import { createReportSchema } from "@/lib/review/schema";

// POST /api/resources/{id}/reports – report a resource (broken, wrong link, outdated, other; at most 20 submissions a day)
export const POST = withAuth(async ({ req, params, user }) => {
  const { id } = parseParams(params, resourceParams);
  const input = await parseBody(req, createReportSchema);
  return json(await submitReport(user.id, id, input), { status: 201 });
}, "review:submit");
