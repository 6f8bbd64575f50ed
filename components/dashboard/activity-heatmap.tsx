"use client";

import { cn } from "@/components/ui/cn";
import { plural } from "@/lib/plural";
import { HEAT_BUCKETS, layoutHeatmap } from "@/components/dashboard/heatmap-grid";
import type { Dashboard } from "@/lib/progress/schema";

// Rendered in the browser inside the dashboard's island (components/dashboard/dashboard-content.tsx);
// heatmap-grid.ts formats dates in UTC with a fixed locale, so the cells say the same on any machine.

// Cell colours per level are the `.heat-cell[data-level]` rules of app/globals.css.
const COLUMN = "heat-gap flex flex-col";
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
      {/* The cells shrink to fit the card (.heatmap-fit in app/globals.css); on a screen too narrow even
          for that, it scrolls, and row-reverse starts the scroll at this week without JS. pr-5 leaves
          room for a month label that overhangs the last week. */}
      <div
        role="region"
        aria-label="Study activity heatmap"
        tabIndex={0}
        className="heatmap-fit flex flex-row-reverse overflow-x-auto rounded-md pb-2"
      >
        <div data-testid="heatmap" role="img" aria-label={summary} className="heat-gap mr-auto flex pr-5">
          {/* Sticky, so the weekday names stay in view while a phone scrolls back in time. */}
          <div data-testid="heatmap-weekdays" className={cn(COLUMN, "sticky left-0 z-10 bg-white pr-1 dark:bg-slate-900")}>
            <span className="h-4 text-xs leading-4" />
            {WEEKDAYS.map((day, i) => (
              <span key={i} className="heat-row text-[10px] text-slate-600 md:text-xs dark:text-slate-400">
                {day}
              </span>
            ))}
          </div>
          {weeks.map((week) => (
            <div key={week.key} className={COLUMN}>
              <span data-testid="heatmap-month" className="heat-week h-4 overflow-visible whitespace-nowrap text-xs leading-4 text-slate-600 dark:text-slate-400">
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
