import Papa from "papaparse";
import type { TeamProgressDto } from "@/lib/teams/schema";

// The team dashboard as CSV (GET /api/teams/{teamId}/progress.csv): one row
// per member, one column per path item. A cell a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) gets a leading apostrophe.
// Papaparse's own `escapeFormulae: true` pattern stops at the first newline,
// so match the first character only (as lib/progress/export.ts does).
const FORMULA_START = /^[=+\-@\t\r]/;

const STATUS_LABEL = { NOT_STARTED: "not started", IN_PROGRESS: "in progress", DONE: "done", SKIPPED: "skipped" } as const;
const STATE_LABEL = { DONE: "done", OVERDUE: "overdue", AT_RISK: "at risk", ON_TRACK: "on track" } as const;

/** The dashboard's rows as CSV text (header row first, CRLF line ends). */
export function teamProgressCsv(progress: TeamProgressDto): string {
  const fields = [
    "name",
    "email",
    "role",
    "state",
    "percent",
    "done",
    "total",
    "remaining_hours",
    "due_date",
    "pace_hours_per_week",
    "last_studied_on",
    ...progress.path.items.map((item) => item.topic.title),
  ];
  const data = progress.members.map((m) => [
    m.name,
    m.email,
    m.role.toLowerCase(),
    m.state ? STATE_LABEL[m.state] : "",
    m.percent,
    m.done,
    m.total,
    Math.round((m.remainingMinutes / 60) * 10) / 10,
    m.dueDate ?? "",
    m.paceHoursPerWeek ?? "",
    m.lastStudiedOn ?? "",
    ...m.items.map((status) => STATUS_LABEL[status]),
  ]);
  return Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: "\r\n" });
}
