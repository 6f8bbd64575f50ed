import { json, withAuth } from "@/lib/api";
import { requestLinkCheck } from "@/lib/links/mutations";

// POST /api/admin/link-checks – start a link-health run ("check now"); while one is queued or running, that run answers
export const POST = withAuth(async ({ user }) => {
  const { run } = await requestLinkCheck({ trigger: "manual", actor: { id: user.id, name: user.name, email: user.email } });
  return json(run, { status: 202 });
}, "links:manage");
