import { json, notFound, parseParams, withAuth } from "@/lib/api";
import { getLinkCheckRun } from "@/lib/links/data";
import { linkCheckRunParams } from "@/lib/links/schema";

// GET /api/admin/link-checks/{id} – a run's status and progress (checked of total)
export const GET = withAuth(async ({ params }) => {
  const { id } = parseParams(params, linkCheckRunParams);
  const run = await getLinkCheckRun(id);
  if (!run) throw notFound("No link check with this id.");
  return json(run);
}, "links:manage");
