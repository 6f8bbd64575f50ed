import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { mailEnabled, sendMail } from "@/lib/mail";
import { localDate } from "@/lib/progress/activity";
import { assertTeamCan, type TeamAccess } from "@/lib/teams/access";
import { NO_ASSIGNMENT } from "@/lib/teams/assignments";
import { memberAssignmentProgress } from "@/lib/teams/progress";
import { reminderTargetSql, type ReminderTargetRow } from "@/lib/teams/progress-sql";
import type { ReminderDto } from "@/lib/teams/schema";

// A lead nudges a member who is AT_RISK or OVERDUE on an assignment: at most
// once per member, assignment and UTC day, enforced by the unique key of
// `reminders` (INSERT … ON CONFLICT DO NOTHING; nothing inserted → 429). The
// mail goes out inside the transaction: if it fails, the reminder is not
// recorded (503) and the lead can try again; two concurrent clicks send one.

const DAY_MS = 86_400_000;

/** Seconds until the next UTC midnight, when another reminder may go out. */
const secondsToTomorrowUtc = (now: Date) => Math.max(1, Math.ceil((DAY_MS - (now.getTime() % DAY_MS)) / 1000));

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/**
 * Sends (records, and mails when SMTP_URL is set) a reminder (leads). 404: not
 * an assignment of the team (or its path is archived). 422: the assignment does
 * not cover that user. 409: the member is not at risk or overdue. 429: already
 * reminded today.
 */
export async function sendReminder(
  access: TeamAccess,
  { assignmentId, userId }: { assignmentId: string; userId: string },
  { origin, senderName, now = new Date() }: { origin: string; senderName: string; now?: Date },
): Promise<ReminderDto> {
  assertTeamCan(access, "reminder:send");
  const [target] = await db.$queryRaw<ReminderTargetRow[]>(reminderTargetSql({ teamId: access.teamId, assignmentId, userId }));
  if (!target) {
    const exists = await db.assignment.findFirst({ where: { id: assignmentId, teamId: access.teamId, path: { status: "ACTIVE" } }, select: { id: true } });
    if (!exists) throw notFound(NO_ASSIGNMENT);
    throw new ApiError("validation_failed", "userId: This assignment does not cover this user");
  }
  const progress = memberAssignmentProgress(target, target.timeZone, now);
  if (progress.state !== "AT_RISK" && progress.state !== "OVERDUE") {
    throw new ApiError("conflict", `Reminders are for members who are at risk or overdue; ${target.name} is ${progress.state === "DONE" ? "done" : "on track"}.`);
  }
  const sentOn = localDate(now, "UTC");
  return db.$transaction(
    async (tx) => {
      const inserted = await tx.$executeRaw`
        INSERT INTO reminders (id, assignment_id, user_id, sent_on, sent_by_id, created_at)
        VALUES (${randomUUID()}, ${assignmentId}, ${userId}, ${sentOn}::date, ${access.userId}, ${now})
        ON CONFLICT (assignment_id, user_id, sent_on) DO NOTHING`;
      if (inserted === 0) {
        throw new ApiError("rate_limited", `${target.name} was already reminded about this assignment today.`, {
          "Retry-After": String(secondsToTomorrowUtc(now)),
        });
      }
      let mailed = false;
      if (mailEnabled()) {
        const pace = progress.paceHoursPerWeek === null ? "" : ` About ${progress.paceHoursPerWeek} h/week gets you there on time.`;
        mailed = await sendMail({
          to: target.email,
          subject: `Reminder: ${target.pathTitle} is due ${target.dueDate}`,
          text: [
            `Hi ${target.name},`,
            "",
            `${senderName} sent you a reminder about the learning path "${target.pathTitle}" in ${access.teamName}.`,
            `Due ${target.dueDate}: ${progress.percent}% done, about ${hours(progress.remainingMinutes)} h of study left.${pace}`,
            "",
            `Pick up where you left off: ${origin}/`,
          ].join("\n"),
        }).catch((error: unknown) => {
          console.warn(`[teams] reminder mail failed: ${(error as Error).message}`);
          throw new ApiError("unavailable", "The reminder could not be sent by email; try again shortly.", { "Retry-After": "60" });
        });
      }
      return { assignmentId, userId, sentOn, mailed };
    },
    { timeout: 20_000 },
  );
}
