"use client";

import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import type { ResourceDto } from "@/lib/catalog/schema";
import { Alert } from "@/components/ui/alert";
import { ResourceItem } from "@/components/catalog/resource-item";
import { useTopicProgress } from "@/components/progress/topic-progress-context";
import { signInHref } from "@/components/layout/session";

const TICK = "mt-1 h-5 w-5 shrink-0";

/**
 * A topic's resources, with a tick box each for a learner (ticks roll up into
 * the topic's status). The list is part of the static page; the ticks fill
 * in after it, in space kept for them, so nothing moves.
 */
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
  const done = new Set(progress.state.doneResourceIds);
  const learner = progress.phase === "learner";
  return (
    <div className="flex flex-col gap-3">
      <p className="min-h-5 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {learner && `${done.size} of ${resources.length} done`}
        {progress.phase === "visitor" && (
          <>
            <Link href={signInHref(`/topics/${progress.slug}`)} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              Sign in
            </Link>{" "}
            to tick off resources as you go.
          </>
        )}
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
              learner ? (
                <input
                  type="checkbox"
                  checked={done.has(resource.id)}
                  onChange={(event) => progress.setResourceDone(resource.id, event.target.checked)}
                  className={`${TICK} accent-emerald-700 dark:accent-emerald-400`}
                  aria-label={`Mark “${resource.title}” as done`}
                />
              ) : (
                <span aria-hidden="true" className={TICK} />
              )
            }
          />
        ))}
      </ul>
    </div>
  );
}
