import Link from "@/components/ui/link";
import type { MyAssignmentDto } from "@/lib/teams/schema";
import { CARD } from "@/components/ui/card";
import { ProgressBar } from "@/components/dashboard/progress-bar";
import { StateBadge } from "@/components/teams/state-badge";
import { paceText } from "@/components/teams/labels";
import { formatDay } from "@/lib/format";

/**
 * "Assigned to you" on the learner's dashboard: every path a team lead
 * assigned them, soonest due first, with percent, state, the pace needed and
 * a link to the next topic not done; nothing for someone without assignments.
 */
export function AssignedToYou({ assignments }: { assignments: MyAssignmentDto[] }) {
  if (assignments.length === 0) return null;
  return (
    <section aria-labelledby="assigned-heading" className={`${CARD} flex flex-col gap-4`}>
      <h2 id="assigned-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
        Assigned to you
      </h2>
      <ul className="flex flex-col gap-4">
        {assignments.map((assignment) => (
          <li key={assignment.id} className="flex flex-col gap-2 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0 dark:border-slate-800">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold text-slate-900 dark:text-slate-100">
                {assignment.path.title}{" "}
                <span className="font-normal text-slate-600 dark:text-slate-400">
                  ·{" "}
                  <Link href={`/teams/${assignment.team.id}`} className="underline underline-offset-2">
                    {assignment.team.name}
                  </Link>
                </span>
              </h3>
              <StateBadge state={assignment.state} />
            </div>
            <ProgressBar
              label={`${assignment.path.title} progress`}
              counts={{ done: assignment.done, inProgress: 0, skipped: 0, total: assignment.total }}
            />
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {assignment.percent}% done · due {formatDay(assignment.dueDate)} · {paceText(assignment.paceHoursPerWeek, assignment.state)}
            </p>
            {assignment.nextItem && (
              <p className="text-sm">
                Next:{" "}
                <Link href={`/topics/${assignment.nextItem.slug}`} className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
                  {assignment.nextItem.title}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
