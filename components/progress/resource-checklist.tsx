"use client";

import type { ReactNode } from "react";
import type { ResourceDto } from "@/lib/catalog/schema";
import { Alert } from "@/components/ui/alert";
import { ResourceItem } from "@/components/catalog/resource-item";
import { useTopicProgress } from "@/components/progress/topic-progress-context";


/** A topic's resources with a tick box each; ticks roll up into the topic's status. */
export function ResourceChecklist({
  resources,
  notes,
  brokenIds = [],
  actions = {},
}: {
  resources: ResourceDto[];
  notes: Record<string, ReactNode>;
  brokenIds?: string[];
  actions?: Record<string, ReactNode>;
}) {
  const progress = useTopicProgress();
  const done = new Set(progress.doneResourceIds);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {done.size} of {resources.length} done
      </p>
      {progress.error?.from === "resources" && <Alert tone="error">{progress.error.message}</Alert>}
      <ul className="flex flex-col gap-3">
        {resources.map((resource) => (
          <ResourceItem
            key={resource.id}
            resource={resource}
            note={notes[resource.id]}
            reportedBroken={brokenIds.includes(resource.id)}
            actions={actions[resource.id]}
            control={
              <input
                type="checkbox"
                checked={done.has(resource.id)}
                onChange={(event) => progress.setResourceDone(resource.id, event.target.checked)}
                className="mt-1 h-5 w-5 shrink-0 accent-emerald-700 dark:accent-emerald-400"
                aria-label={`Mark “${resource.title}” as done`}
              />
            }
          />
        ))}
      </ul>
    </div>
  );
}
