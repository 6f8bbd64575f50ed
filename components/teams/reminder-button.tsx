"use client";

import { useMutation } from "@tanstack/react-query";
import { ApiClientError, sendJson } from "@/components/progress/api-client";
import { Button } from "@/components/ui/button";
import { teamUrl } from "@/components/teams/queries";

/** "Remind" for a member at risk or overdue; once a day per member and assignment (429 → said so). */
export function ReminderButton({ teamId, assignmentId, userId, name }: { teamId: string; assignmentId: string; userId: string; name: string }) {
  const remind = useMutation({
    mutationFn: () => sendJson("POST", teamUrl(teamId, `/assignments/${assignmentId}/reminders`), { userId }),
  });
  const message = remind.isSuccess
    ? "Reminder sent."
    : remind.error instanceof ApiClientError && remind.error.status === 429
      ? "Already reminded today."
      : remind.error?.message;
  return (
    <div className="flex items-center gap-2">
      {!remind.isSuccess && (
        <Button variant="secondary" className="min-h-8 px-2 py-1" aria-label={`Remind ${name}`} disabled={remind.isPending} onClick={() => remind.mutate()}>
          Remind
        </Button>
      )}
      <span role="status" className="whitespace-nowrap text-xs text-slate-700 dark:text-slate-300">
        {message ?? ""}
      </span>
    </div>
  );
}
