"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { retryDelay, retryTransient, sendJson } from "@/components/progress/api-client";

/** "Reset progress" for one track, after a confirmation; notes and history stay. */
export function ResetTrackButton({ slug, title, topicCount }: { slug: string; title: string; topicCount: number }) {
  const client = useQueryClient();
  const reset = useMutation({
    mutationFn: () => sendJson<void>("DELETE", `/api/progress/tracks/${slug}`),
    retry: retryTransient,
    retryDelay,
    // The statuses on this page and any topic page seen before come from the server again.
    onSuccess: () => client.invalidateQueries({ queryKey: ["progress"] }),
  });
  return (
    <div className="flex flex-col items-start gap-2">
      <ConfirmDialog
        trigger={
          // aria-disabled, not disabled, while it runs: focus comes back here from the dialog and must land.
          <Button variant="secondary" aria-disabled={reset.isPending} onClick={(event) => reset.isPending && event.preventDefault()}>
            {reset.isPending ? "Resetting…" : "Reset track progress"}
          </Button>
        }
        title={`Reset your progress on ${title}?`}
        description={`This clears your statuses and ticked resources on its ${topicCount} topics. Your notes and study history stay.`}
        confirmLabel="Reset progress"
        onConfirm={() => reset.mutate()}
      />
      {reset.isError && <Alert tone="error">{`Could not reset: ${(reset.error as Error).message}`}</Alert>}
      {reset.isSuccess && <Alert tone="success">Progress on {title} was reset.</Alert>}
    </div>
  );
}
