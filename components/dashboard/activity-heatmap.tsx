"use client";

import { cn } from "@/components/ui/cn";
import { HEAT_BUCKETS, layoutHeatmap } from "@/components/dashboard/heatmap-grid";
import type { Dashboard } from "@/lib/progress/schema";

// A client component only to keep the per-request dashboard light: its props
// are the list of days (a few KB in the page's RSC payload) instead of ~200
// rendered cells; the server still renders the same HTML (heatmap-grid.ts
// formats dates in UTC with a fixed locale, so hydration matches).
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

// Cell colours per level are the `.heat-cell[data-level]` rules of app/globals.css.
const COLUMN = "flex flex-col gap-[3px] md:gap-1";
// Label the rows like a calendar: every other weekday is enough to read it.
const WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""];


/**
 * The last 26 weeks of study as a calendar heatmap (weeks left to right,
 * oldest first). Screen readers get a one-line summary plus the list of
 * active days; each cell carries its date and count for tooltips and tests.
 */
export function ActivityHeatmap({ activity }: { activity: Dashboard["activity"] }) {
  const { weeks, total, active } = layoutHeatmap(activity);
  const summary = `${plural(total, "study action")} on ${plural(active.length, "day")} in the last 26 weeks`;
  return (
    <div className="flex flex-col gap-3">
      {/* row-reverse starts the scroll at the right edge, so a phone shows this week first without JS. */}
      <div
        role="region"
        aria-label="Study activity heatmap"
        tabIndex={0}
        className="flex flex-row-reverse overflow-x-auto rounded-md pb-2"
      >
        <div data-testid="heatmap" role="img" aria-label={summary} className="mr-auto flex gap-[3px] md:gap-1">
          {/* Sticky, so the weekday names stay in view while a phone scrolls back in time. */}
          <div className={cn(COLUMN, "sticky left-0 z-10 bg-white pr-1 dark:bg-slate-900")}>
            <span className="h-4 text-xs leading-4" />
            {WEEKDAYS.map((day, i) => (
              <span key={i} className="h-3 text-[10px] leading-3 text-slate-600 md:h-4 md:text-xs md:leading-4 lg:h-5 lg:leading-5 dark:text-slate-400">
                {day}
              </span>
            ))}
          </div>
          {weeks.map((week) => (
            <div key={week.key} className={COLUMN}>
              <span className="h-4 w-3 overflow-visible whitespace-nowrap text-xs leading-4 text-slate-600 md:w-4 lg:w-5 dark:text-slate-400">
                {week.month}
              </span>
              {week.days.map((day, i) =>
                day ? (
                  <span
                    key={day.date}
                    title={day.label}
                    data-date={day.date}
                    data-count={day.count}
                    data-level={day.level}
                    className="heat-cell"
                  />
                ) : (
                  <span key={`pad-${i}`} className="heat-cell" />
                ),
              )}
            </div>
          ))}
        </div>
      </div>
      {/* Colours mean nothing to a screen reader; the summary and the list below say it in words. */}
      <div aria-hidden="true" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span>Study actions per day:</span>
        {HEAT_BUCKETS.map(({ level, label }) => (
          <span key={level} className="inline-flex items-center gap-1">
            <span className="heat-cell" data-level={level} />
            {label}
          </span>
        ))}
      </div>
      {active.length > 0 && (
        <ul className="sr-only" aria-label="Days with study activity">
          {active.map((day) => (
            <li key={day.date}>{day.label}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
