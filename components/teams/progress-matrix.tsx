"use client";

import { useMemo, useState } from "react";
import type { MemberProgressDto, TeamProgressDto } from "@/lib/teams/schema";
import { STATUS_LABEL, STATUS_OPTIONS } from "@/components/progress/status-labels";
import { cn } from "@/components/ui/cn";
import { StateBadge } from "@/components/teams/state-badge";
import { STATUS_CELL, paceText } from "@/components/teams/labels";
import { formatDay } from "@/lib/format";
import { filterMembers, nextSort, sortMembers, type Sort, type SortKey, type StateFilter } from "@/components/teams/matrix";
import { ReminderButton } from "@/components/teams/reminder-button";

const th = "px-2 py-2 text-left align-bottom font-semibold";
const td = "px-2 py-2 align-middle";

type Props = { teamId: string; progress: TeamProgressDto; filter: StateFilter; isLead: boolean };

/**
 * Members × path items, coloured by status with a symbol and the word (for
 * screen readers) in every cell, a legend, each member's percent, state,
 * pace and last study day. Columns sort by their header buttons.
 */
export function ProgressMatrix({ teamId, progress, filter, isLead }: Props) {
  const [sort, setSort] = useState<Sort>({ key: "name", direction: "asc" });
  const rows = useMemo(() => sortMembers(filterMembers(progress.members, filter), sort), [progress.members, filter, sort]);
  const items = progress.path.items;

  const header = (key: SortKey, label: string) => (
    <th scope="col" className={th} aria-sort={sort.key === key ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
      <button type="button" className="inline-flex min-h-8 items-center gap-1 rounded hover:underline" onClick={() => setSort(nextSort(sort, key))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.direction === "asc" ? "▲" : "▼") : "↕"}</span>
      </button>
    </th>
  );

  return (
    <div className="flex flex-col gap-4">
      <Legend />
      <ol aria-label="Path items" className="grid list-decimal gap-x-6 pl-6 text-sm text-slate-700 sm:grid-cols-2 dark:text-slate-300">
        {items.map((item) => (
          <li key={item.topic.slug}>{item.topic.title}</li>
        ))}
      </ol>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">No member matches this filter.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm text-slate-800 dark:text-slate-200">
            <caption className="sr-only">Progress of each member on {progress.path.title}; sortable by the column buttons</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                {header("name", "Member")}
                {header("percent", "Done")}
                {header("state", "State")}
                {header("dueDate", "Due")}
                <th scope="col" className={th}>Pace</th>
                {header("lastStudiedOn", "Last studied")}
                {items.map((item, index) => (
                  <th key={item.topic.slug} scope="col" className={cn(th, "text-center")}>
                    <span aria-hidden="true">{index + 1}</span>
                    <span className="sr-only">{item.topic.title}</span>
                  </th>
                ))}
                {isLead && (
                  <th scope="col" className={th}>
                    <span className="sr-only">Reminders</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((member) => (
                <MemberRow key={member.userId} teamId={teamId} member={member} itemTitles={items.map((item) => item.topic.title)} isLead={isLead} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function MemberRow({ teamId, member, itemTitles, isLead }: { teamId: string; member: MemberProgressDto; itemTitles: string[]; isLead: boolean }) {
  const canRemind = isLead && member.assignmentId !== null && (member.state === "AT_RISK" || member.state === "OVERDUE");
  return (
    <tr className="border-b border-slate-100 dark:border-slate-800">
      <th scope="row" className={cn(td, "whitespace-nowrap text-left font-medium text-slate-900 dark:text-slate-100")}>
        {member.name}
      </th>
      <td className={cn(td, "whitespace-nowrap tabular-nums")}>{member.percent}%</td>
      <td className={td}>
        <StateBadge state={member.state} />
      </td>
      <td className={cn(td, "whitespace-nowrap")}>{member.dueDate ? formatDay(member.dueDate) : "—"}</td>
      <td className={td}>{member.state ? paceText(member.paceHoursPerWeek, member.state) : "—"}</td>
      <td className={cn(td, "whitespace-nowrap")}>{member.lastStudiedOn ? formatDay(member.lastStudiedOn) : "Never"}</td>
      {member.items.map((status, index) => (
        <td key={index} className={cn(td, "text-center")}>
          <span
            title={`${itemTitles[index]}: ${STATUS_LABEL[status]}`}
            className={cn("inline-flex h-7 w-7 items-center justify-center rounded text-sm font-bold", STATUS_CELL[status].className)}
          >
            <span aria-hidden="true">{STATUS_CELL[status].symbol}</span>
            <span className="sr-only">{STATUS_LABEL[status]}</span>
          </span>
        </td>
      ))}
      {isLead && <td className={td}>{canRemind && <ReminderButton teamId={teamId} assignmentId={member.assignmentId!} userId={member.userId} name={member.name} />}</td>}
    </tr>
  );
}

/** What each cell means: colour, symbol and word together. */
function Legend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-4 text-sm text-slate-700 dark:text-slate-300">
      {STATUS_OPTIONS.map(({ status, label }) => (
        <li key={status} className="flex items-center gap-2">
          <span aria-hidden="true" className={cn("inline-flex h-6 w-6 items-center justify-center rounded text-sm font-bold", STATUS_CELL[status].className)}>
            {STATUS_CELL[status].symbol}
          </span>
          {label}
        </li>
      ))}
    </ul>
  );
}
