"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { TopicProgressDto, TopicStatus } from "@/lib/progress/schema";
import { retryDelay, retryTransient, sendJson } from "@/components/progress/api-client";
import { STATUS_OPTIONS } from "@/components/progress/status-labels";

/** A compact status picker for one topic row of the track page (optimistic, rolled back on refusal). */
export function TrackTopicStatus({ slug, title, initialStatus }: { slug: string; title: string; initialStatus: TopicStatus }) {
  const [status, setStatus] = useState(initialStatus);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    scope: { id: `topic:${slug}` },
    mutationFn: (next: TopicStatus) => sendJson<TopicProgressDto>("PUT", `/api/progress/topics/${slug}`, { status: next }),
    retry: retryTransient,
    retryDelay,
    onMutate: (next: TopicStatus) => {
      setError(null);
      setStatus(next);
      return status;
    },
    onError: (failure: Error, _next, previous) => {
      if (previous) setStatus(previous);
      setError(`${failure.message} Your change was undone.`);
    },
  });

  return (
    <div className="flex flex-col items-end gap-1">
      <label className="sr-only" htmlFor={`status-${slug}`}>
        Status of {title}
      </label>
      <select
        id={`status-${slug}`}
        value={status}
        onChange={(event) => save.mutate(event.target.value as TopicStatus)}
        className="min-h-10 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        {STATUS_OPTIONS.map((option) => (
          <option key={option.status} value={option.status}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
