import { cn } from "@/components/ui/cn";

export type ProgressCounts = { done: number; inProgress: number; skipped: number; total: number };

// Each segment keeps ≥3:1 against the bar's white / slate-900 track, and
// segments are split by a gap of that track colour, so none relies on its
// contrast with a neighbour (WCAG 1.4.11). The text says the same in words.
const SEGMENTS = [
  { key: "done", label: "Done", className: "bg-indigo-600 dark:bg-indigo-400" },
  { key: "inProgress", label: "In progress", className: "bg-amber-600 dark:bg-amber-400" },
  { key: "skipped", label: "Skipped", className: "bg-slate-500 dark:bg-slate-400" },
] as const;
const TRACK = "bg-white ring-1 ring-slate-500 dark:bg-slate-900";

/** "3 of 8 topics done, 2 in progress, 1 skipped": what a screen reader hears for a bar. */
export function describeProgress({ done, inProgress, skipped, total }: ProgressCounts): string {
  const parts = [`${done} of ${total} topic${total === 1 ? "" : "s"} done`];
  if (inProgress > 0) parts.push(`${inProgress} in progress`);
  if (skipped > 0) parts.push(`${skipped} skipped`);
  return parts.join(", ");
}

/**
 * A stacked bar of done, in-progress and skipped topics. Exposed as one
 * `progressbar` whose value is the number of topics done out of the total.
 */
export function ProgressBar({
  label,
  counts,
  testId,
  large = false,
}: {
  label: string;
  counts: ProgressCounts;
  testId?: string;
  large?: boolean;
}) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={counts.total}
      aria-valuenow={counts.done}
      aria-valuetext={describeProgress(counts)}
      data-testid={testId}
      className={cn("flex w-full gap-0.5 overflow-hidden rounded-full", large ? "h-4" : "h-3", TRACK)}
    >
      {SEGMENTS.map(({ key, className: colour }) =>
        counts[key] > 0 && counts.total > 0 ? (
          // The width is data, not design: the one inline style Tailwind cannot express.
          <div key={key} className={cn("h-full min-w-1", colour)} style={{ width: `${(counts[key] / counts.total) * 100}%` }} />
        ) : null,
      )}
    </div>
  );
}

/** The key to the bar colours; hidden from screen readers, which hear the counts instead. */
export function ProgressLegend() {
  return (
    <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
      {SEGMENTS.map(({ key, label, className }) => (
        <li key={key} className="inline-flex items-center gap-1.5">
          <span className={cn("size-3 rounded-full", className)} />
          {label}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <span className={cn("size-3 rounded-full", TRACK)} />
        Not started
      </li>
    </ul>
  );
}
