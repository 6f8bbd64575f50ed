"use client";

import { useEffect } from "react";
import type { TopicStatus } from "@/lib/progress/schema";
import { cn } from "@/components/ui/cn";
import { STATUS_OPTIONS } from "@/components/progress/status-labels";

const TONE: Record<TopicStatus, string> = {
  NOT_STARTED: "peer-checked:bg-slate-700 peer-checked:text-white dark:peer-checked:bg-slate-300 dark:peer-checked:text-slate-950",
  IN_PROGRESS: "peer-checked:bg-amber-700 peer-checked:text-white dark:peer-checked:bg-amber-300 dark:peer-checked:text-slate-950",
  DONE: "peer-checked:bg-emerald-700 peer-checked:text-white dark:peer-checked:bg-emerald-300 dark:peer-checked:text-slate-950",
  SKIPPED: "peer-checked:bg-violet-700 peer-checked:text-white dark:peer-checked:bg-violet-300 dark:peer-checked:text-slate-950",
};

function typingInField(target: EventTarget | null) {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName));
}

/**
 * The four statuses as a radio group, plus the page-wide shortcuts
 * D (done), L (learning: in progress), S (skip) and R (reset: not started).
 */
export function StatusControl({ status, onChange }: { status: TopicStatus; onChange: (status: TopicStatus) => void }) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
      const option = STATUS_OPTIONS.find((o) => o.key === event.key.toUpperCase());
      if (!option) return;
      event.preventDefault();
      if (option.status !== status) onChange(option.status);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [status, onChange]);

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-semibold text-slate-800 dark:text-slate-200">Your status</legend>
      <div className="flex flex-wrap gap-2">
        {STATUS_OPTIONS.map((option) => (
          <label key={option.status} className="cursor-pointer">
            <input
              type="radio"
              name="topic-status"
              value={option.status}
              checked={status === option.status}
              onChange={() => onChange(option.status)}
              className="peer sr-only"
            />
            <span
              className={cn(
                "inline-flex min-h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100",
                TONE[option.status],
              )}
            >
              {option.label}
              <kbd aria-hidden="true" className="rounded border border-current px-1 text-xs opacity-80">
                {option.key}
              </kbd>
            </span>
          </label>
        ))}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Keyboard shortcuts: <kbd>D</kbd> done · <kbd>L</kbd> in progress · <kbd>S</kbd> skip · <kbd>R</kbd> reset to not started
      </p>
    </fieldset>
  );
}
