import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { publicOrigin } from "@/lib/mail";
import { requireTeamAccess } from "@/lib/teams/access";
import { sendReminder } from "@/lib/teams/reminders";
import { assignmentParams, reminderSchema } from "@/lib/teams/schema";

// POST /api/teams/{teamId}/assignments/{assignmentId}/reminders – remind a member at risk or overdue (leads, 202; once a day → 429)
export const POST = withAuth(async ({ req, params, user }) => {
  const { teamId, assignmentId } = parseParams(params, assignmentParams);
  const access = await requireTeamAccess({ teamId, userId: user.id }, "reminder:send");
  const { userId } = await parseBody(req, reminderSchema);
  const reminder = await sendReminder(access, { assignmentId, userId }, { origin: publicOrigin(req), senderName: user.name });
  return json(reminder, { status: 202 });
}, "teams:use");
