import Link from "@/components/ui/link";
import { Highlighted, SEARCH_TYPE_LABEL } from "@/components/search/highlighted";
import { STATUS_LABEL } from "@/components/progress/status-labels";
import type { SearchItem } from "@/lib/search/schema";

const STATUS_BADGE = {
  NOT_STARTED: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  IN_PROGRESS: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  DONE: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  SKIPPED: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
} as const;

/** The results page's list: title (linked), where it sits, the learner's status on its topic, and the snippet with matches marked. */
export function SearchResultList({ items }: { items: SearchItem[] }) {
  if (items.length === 0) return null;
  return (
    <ol className="flex flex-col gap-4" aria-label="Search results">
      {items.map((item) => (
        <li key={`${item.type}-${item.href}-${item.title}`} className="flex flex-col gap-1 border-b border-slate-200 pb-4 dark:border-slate-800">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={item.href} className="text-lg font-semibold text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
              <Highlighted text={item.title} ranges={item.highlights.title} />
            </Link>
            {item.status && (
              <span data-testid="search-status" className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_BADGE[item.status]}`}>
                {STATUS_LABEL[item.status]}
              </span>
            )}
          </div>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {SEARCH_TYPE_LABEL[item.type]}
            {item.type === "topic" ? ` in ${item.track.title}` : ` in ${item.topic.title}`}
            {item.url && (
              <>
                {" · "}
                <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="underline underline-offset-2">
                  open the resource<span className="sr-only"> (opens in a new tab)</span>
                </a>
              </>
            )}
          </p>
          {item.snippet && (
            <p className="text-slate-800 dark:text-slate-200">
              <Highlighted text={item.snippet} ranges={item.highlights.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
