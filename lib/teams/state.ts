// A member's progress on an assigned path, computed at read time from their
// topic statuses (one truth: path progress IS topic progress; nothing stored).
//
// - done: items whose topic is DONE. SKIPPED counts as not done: a skipped
//   topic was not studied, so it still stands between the member and the path.
// - remainingMinutes: effort of the items not DONE (skipped ones included).
// - DONE: every item DONE. OVERDUE: not done and the due date has passed in the
//   member's time zone. AT_RISK: not done, not overdue, and the remaining effort
//   exceeds what the weekly budget covers by the due date:
//   remaining > hoursPerWeek × 60 × daysLeft / 7, where daysLeft counts the days
//   from the member's today to the due date, both included (due today → 1).
//   ON_TRACK otherwise.
import { localDate } from "@/lib/progress/activity";
import { percent } from "@/lib/progress/policy";
import type { TopicStatus } from "@/lib/progress/schema";
import type { AssignmentState, PathProgress } from "@/lib/teams/schema";

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Calendar days from `today` to `dueDate`, both included: 1 when due today, 0 when due yesterday. */
export function daysLeft(today: string, dueDate: string): number {
  return dayNumber(dueDate) - dayNumber(today) + 1;
}

export type ItemProgress = { status: TopicStatus; effortMinutes: number };

export type PathTotals = { done: number; total: number; percent: number; remainingMinutes: number };

/** Done count, total, percent and remaining minutes of a path for one member. */
export function pathTotals(items: readonly ItemProgress[]): PathTotals {
  return statusTotals(
    items.map((item) => item.status),
    items.map((item) => item.effortMinutes),
  );
}

/** The same from parallel arrays (the team dashboard's 500 members × items, without an object per item). */
export function statusTotals(statuses: readonly TopicStatus[], efforts: readonly number[]): PathTotals {
  let done = 0;
  let remainingMinutes = 0;
  for (let i = 0; i < statuses.length; i++) {
    if (statuses[i] === "DONE") done++;
    else remainingMinutes += efforts[i]!;
  }
  const total = statuses.length;
  // A path whose every topic was archived has nothing left to do.
  return { done, total, percent: total === 0 ? 100 : percent(done, total), remainingMinutes };
}

/** Hours a week needed to finish `remainingMinutes` in `days` days (rounded up to a tenth: "3.5 h/week"). */
export function paceHoursPerWeek(remainingMinutes: number, days: number): number {
  if (remainingMinutes <= 0) return 0;
  const hours = remainingMinutes / (days / 7) / 60;
  // Rounded up so that following the pace really finishes on time; the epsilon absorbs float noise (3.5000000001).
  return Math.ceil(hours * 10 - 1e-9) / 10;
}

/** The state rule alone (see the file header). */
export function assignmentState(input: { remainingMinutes: number; allDone: boolean; daysLeft: number; hoursPerWeek: number }): AssignmentState {
  if (input.allDone) return "DONE";
  if (input.daysLeft <= 0) return "OVERDUE";
  const budget = (input.hoursPerWeek * 60 * input.daysLeft) / 7;
  return input.remainingMinutes > budget ? "AT_RISK" : "ON_TRACK";
}

/**
 * Everything a dashboard shows about one member's assignment: counts,
 * remaining effort, state and pace. "Today" is the member's: `now` judged in
 * their `timeZone`, or given directly (a dashboard computes it once per zone).
 */
export function assignmentProgress(
  input: { items: readonly ItemProgress[]; dueDate: string; hoursPerWeek: number } & ({ timeZone: string; now: Date } | { today: string }),
): PathProgress {
  const today = "today" in input ? input.today : localDate(input.now, input.timeZone);
  return progressOfTotals(pathTotals(input.items), { dueDate: input.dueDate, hoursPerWeek: input.hoursPerWeek, today });
}

/** State and pace from a member's totals, `today` being their local date. */
export function progressOfTotals(totals: PathTotals, input: { dueDate: string; hoursPerWeek: number; today: string }): PathProgress {
  const days = daysLeft(input.today, input.dueDate);
  const state = assignmentState({
    remainingMinutes: totals.remainingMinutes,
    allDone: totals.done === totals.total,
    daysLeft: days,
    hoursPerWeek: input.hoursPerWeek,
  });
  const pace = state === "DONE" ? 0 : state === "OVERDUE" ? null : paceHoursPerWeek(totals.remainingMinutes, days);
  return { ...totals, paceHoursPerWeek: pace, state };
}
