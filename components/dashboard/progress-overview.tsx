import Link from "@/components/ui/link";
import { ProgressBar, ProgressLegend, describeProgress } from "@/components/dashboard/progress-bar";
import type { Dashboard } from "@/lib/progress/schema";
import { CARD } from "@/components/ui/card";


/**
 * Overall progress through the roadmap, then one bar per track (each
 * linking to its track). Counts are written out next to every bar, so the
 * colours are never the only carrier of the numbers.
 */
export function ProgressOverview({ overall, tracks }: Pick<Dashboard, "overall" | "tracks">) {
  // The overall figures only count done topics; the in-progress and skipped
  // segments of the overall bar are the sums over the tracks.
  const overallCounts = {
    done: overall.done,
    total: overall.total,
    inProgress: tracks.reduce((sum, t) => sum + t.inProgress, 0),
    skipped: tracks.reduce((sum, t) => sum + t.skipped, 0),
  };
  return (
    <section aria-labelledby="progress-heading" className={CARD}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="progress-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
          Your progress
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span className="text-2xl font-bold text-slate-900 dark:text-slate-50">{overall.percent}%</span> ·{" "}
          {describeProgress(overallCounts)}
        </p>
      </div>
      <ProgressBar label="Overall progress" counts={overallCounts} testId="overall-progress" large />
      <div className="mt-3">
        <ProgressLegend />
      </div>
      <h3 className="mb-3 mt-6 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">By track</h3>
      <ul className="flex flex-col gap-5">
        {tracks.map((track) => (
          <li key={track.slug} className="flex flex-col gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <Link
                href={`/tracks/${track.slug}`}
                className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
              >
                {track.title}
              </Link>
              <span className="text-sm text-slate-700 dark:text-slate-300">
                {track.done} of {track.total} done · {track.percent}%
                {track.inProgress > 0 && <> · {track.inProgress} in progress</>}
                {track.skipped > 0 && <> · {track.skipped} skipped</>}
              </span>
            </div>
            <ProgressBar label={track.title} counts={track} testId={`track-progress-${track.slug}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
