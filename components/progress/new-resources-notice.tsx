"use client";

import { useTopicProgress } from "@/components/progress/topic-progress-context";

/** "2 new resources since you finished": a finished topic gained resources (it stays done). */
export function NewResourcesNotice() {
  const count = useTopicProgress().state.newResources;
  if (count === 0) return null;
  return (
    <p className="mb-6 rounded-md border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-900 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-100">
      <span className="font-semibold">
        {count} new resource{count === 1 ? "" : "s"} since you finished.
      </span> This topic stays done; the new ones are
      unticked in the list below.
    </p>
  );
}
