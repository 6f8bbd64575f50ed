import type { ReactNode } from "react";
import type { ResourceDto } from "@/lib/catalog/schema";
import { ResourceKindBadge } from "@/components/catalog/resource-kind-badge";

/**
 * One resource: kind, title (opens safely in a new tab), author and its note
 * rendered by the server (`resourceNote`), so the Markdown renderer stays out
 * of the browser bundle when a client list shows it; `control` sits in front.
 */
export function ResourceItem({
  resource,
  control,
  note,
  reportedBroken = false,
  actions,
}: {
  resource: ResourceDto;
  control?: ReactNode;
  note?: ReactNode;
  /** The link's latest check found it broken: say so, quietly. */
  reportedBroken?: boolean;
  /** Controls under the resource (the learner's "report a problem"). */
  actions?: ReactNode;
}) {
  return (
    <li className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
      {control}
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <ResourceKindBadge kind={resource.kind} />
          <a
            href={resource.url}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
          >
            {resource.title}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
          {reportedBroken && <span className="text-xs text-slate-600 dark:text-slate-400">· reported broken</span>}
        </div>
        {resource.author && <p className="text-sm text-slate-600 dark:text-slate-400">by {resource.author}</p>}
        {note}
        {actions}
      </div>
    </li>
  );
}
