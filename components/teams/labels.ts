import type { TopicStatus } from "@/lib/progress/schema";
import type { AssignmentState, TeamRole } from "@/lib/teams/schema";

// Words and colours of the team pages. Colour is never the only cue: every
// coloured cell or badge also carries its word (or a symbol with a legend).

export const ROLE_LABEL: Record<TeamRole, string> = { LEAD: "Lead", MEMBER: "Member" };
export const ROLE_OPTIONS = [
  { value: "MEMBER", label: "Member" },
  { value: "LEAD", label: "Lead" },
] as const;

export const STATE_LABEL: Record<AssignmentState, string> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OVERDUE: "Overdue",
  DONE: "Done",
};

export const STATE_BADGE: Record<AssignmentState, string> = {
  ON_TRACK: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  AT_RISK: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  OVERDUE: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  DONE: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
};

/** One matrix cell per status: a symbol (the legend explains it), a colour and the word for screen readers. */
export const STATUS_CELL: Record<TopicStatus, { symbol: string; className: string }> = {
  DONE: { symbol: "✓", className: "bg-emerald-700 text-white dark:bg-emerald-400 dark:text-slate-950" },
  IN_PROGRESS: { symbol: "…", className: "bg-amber-200 text-amber-950 dark:bg-amber-700 dark:text-white" },
  SKIPPED: { symbol: "–", className: "bg-slate-300 text-slate-900 dark:bg-slate-600 dark:text-white" },
  NOT_STARTED: { symbol: "○", className: "bg-white text-slate-700 ring-1 ring-inset ring-slate-400 dark:bg-slate-900 dark:text-slate-300" },
};

/** "3.5 h/week to finish on time", or what is true instead. */
export function paceText(pace: number | null, state: AssignmentState | null): string {
  if (state === "DONE") return "Finished";
  if (state === "OVERDUE") return "Past the due date";
  if (pace === null) return "No due date";
  return `${Math.round(pace * 10) / 10} h/week to finish on time`;
}
