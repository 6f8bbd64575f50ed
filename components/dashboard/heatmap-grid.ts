// Pure layout for the study-activity heatmap: turns the dashboard's list of
// days into week columns with month labels and colour buckets. Dates are
// formatted in UTC with a fixed locale, so server and browser agree.
import { formatMonth, formatWeekday, utcMidnight } from "@/lib/format";
import type { Dashboard } from "@/lib/progress/schema";

export type HeatLevel = 0 | 1 | 2 | 3 | 4;
export type HeatCell = { date: string; count: number; level: HeatLevel; label: string };
/** One column: Monday → Sunday; `null` for days outside the window. */
export type HeatWeek = { key: string; month: string | null; days: (HeatCell | null)[] };

/** The count ranges of the five colour buckets, for the legend. */
export const HEAT_BUCKETS: { level: HeatLevel; label: string }[] = [
  { level: 0, label: "0" },
  { level: 1, label: "1" },
  { level: 2, label: "2–3" },
  { level: 3, label: "4–6" },
  { level: 4, label: "7+" },
];

/** Which colour bucket a day's count falls in: 0, 1, 2–3, 4–6, 7+. */
export function heatLevel(count: number): HeatLevel {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count <= 3) return 2;
  if (count <= 6) return 3;
  return 4;
}

// The dates are calendar days already in the learner's zone: read at UTC
// midnight (lib/format.ts), so the browser's own zone never shifts them.
/** Monday = 0 … Sunday = 6. */
const weekdayIndex = (date: string) => (utcMidnight(date).getUTCDay() + 6) % 7;

/** "3 study actions on Fri 27 Nov" (words, so screen readers and tooltips agree). */
export function cellLabel(date: string, count: number): string {
  const amount = count === 0 ? "No study actions" : `${count} study action${count === 1 ? "" : "s"}`;
  return `${amount} on ${formatWeekday(date)}`;
}

/**
 * Lays the days (oldest first) out as week columns. The first column is
 * padded before the oldest day and the last after today, so 182 days give
 * 26 or 27 columns. A column is labelled with the month whose 1st it holds;
 * the first column gets its own month only when the next label is far
 * enough away not to overlap it.
 */
export function layoutHeatmap(activity: Dashboard["activity"]) {
  const weeks: HeatWeek[] = [];
  let current: HeatWeek | null = null;
  for (const { date, count } of activity) {
    const weekday = weekdayIndex(date);
    if (!current || weekday === 0) {
      current = { key: date, month: null, days: Array.from({ length: 7 }, () => null) };
      weeks.push(current);
    }
    current.days[weekday] = { date, count, level: heatLevel(count), label: cellLabel(date, count) };
    if (date.endsWith("-01")) current.month = formatMonth(date);
  }
  const first = weeks[0];
  const nextLabelled = weeks.findIndex((week, i) => i > 0 && week.month);
  if (first && !first.month && activity[0] && (nextLabelled === -1 || nextLabelled >= 3)) {
    first.month = formatMonth(activity[0].date);
  }
  const active = weeks.flatMap((week) => week.days).filter((day): day is HeatCell => day !== null && day.count > 0);
  const total = active.reduce((sum, day) => sum + day.count, 0);
  return { weeks, total, active };
}
