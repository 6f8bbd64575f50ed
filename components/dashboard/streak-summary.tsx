import Link from "@/components/ui/link";
import type { Dashboard } from "@/lib/progress/schema";

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/**
 * The current and longest streak of study days, with the rule spelled out:
 * days are calendar days in the learner's own time zone, which they can
 * change in the settings (the heatmap follows the same days).
 */
export function StreakSummary({ streak, timeZone }: { streak: Dashboard["streak"]; timeZone: string }) {
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline gap-x-8 gap-y-1">
        <p data-testid="streak-current" data-value={streak.current} className="text-lg text-slate-700 dark:text-slate-300">
          <span className="text-3xl font-bold text-slate-900 dark:text-slate-50">{streak.current}</span>-day streak
        </p>
        <p data-testid="streak-longest" data-value={streak.longest} className="text-slate-700 dark:text-slate-300">
          Longest: <span className="font-semibold text-slate-900 dark:text-slate-50">{days(streak.longest)}</span>
        </p>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {streak.current === 0 ? "Study today to start a streak. " : ""}
        Streaks count consecutive days with study activity in your time zone ({timeZone}).{" "}
        <Link href="/settings" className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
          Change time zone
        </Link>
      </p>
    </div>
  );
}
