"use client";

import { Alert } from "@/components/ui/alert";
import { StatusControl } from "@/components/progress/status-control";
import { useTopicProgress } from "@/components/progress/topic-progress-context";

/** The status card of a topic page (buttons and D / L / S / R shortcuts). */
export function TopicStatusPanel() {
  const progress = useTopicProgress();
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <StatusControl status={progress.status} onChange={progress.setStatus} />
      {progress.error?.from === "status" && <Alert tone="error">{progress.error.message}</Alert>}
    </div>
  );
}
