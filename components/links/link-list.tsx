import Link from "@/components/ui/link";
import type { LastCheckDto, LinkItemDto } from "@/lib/links/schema";
import { CARD } from "@/components/ui/card";
import { FlagBadge } from "@/components/links/flag-badge";
import { formatInstant } from "@/components/links/format";

const external = { target: "_blank", rel: "noopener noreferrer nofollow" } as const;
const linkClass = "break-all text-indigo-700 underline underline-offset-2 dark:text-indigo-300";

/** "HTTP 404 · 120 ms", or the error when nothing answered. */
function checkSummary(check: LastCheckDto): string {
  const parts = [check.outcome === "OK" ? "OK" : check.outcome.toLowerCase(), check.httpStatus ? `HTTP ${check.httpStatus}` : null, `${check.ms} ms`];
  return parts.filter(Boolean).join(" · ");
}

function LastCheck({ check }: { check: LastCheckDto }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="font-medium text-slate-700 dark:text-slate-300">Checked</dt>
      <dd className="text-slate-800 dark:text-slate-200">
        {formatInstant(check.at)} · {checkSummary(check)}
      </dd>
      {check.finalUrl && (
        <>
          <dt className="font-medium text-slate-700 dark:text-slate-300">Final URL</dt>
          <dd className="break-all text-slate-800 dark:text-slate-200">{check.finalUrl}</dd>
        </>
      )}
      {check.redirects.length > 0 && (
        <>
          <dt className="font-medium text-slate-700 dark:text-slate-300">Redirects</dt>
          <dd>
            <ol className="list-decimal pl-5 text-slate-800 dark:text-slate-200">
              {check.redirects.map((hop, index) => (
                <li key={index} className="break-all">
                  {hop.status} from {hop.url}
                </li>
              ))}
            </ol>
          </dd>
        </>
      )}
      {check.error && (
        <>
          <dt className="font-medium text-slate-700 dark:text-slate-300">Error</dt>
          <dd className="text-slate-800 dark:text-slate-200">{check.error}</dd>
        </>
      )}
    </dl>
  );
}

function History({ checks }: { checks: LastCheckDto[] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">History ({checks.length} recent checks)</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left">
          <thead>
            <tr className="text-slate-700 dark:text-slate-300">
              <th scope="col" className="pr-3 font-medium">When</th>
              <th scope="col" className="pr-3 font-medium">Result</th>
              <th scope="col" className="font-medium">Error</th>
            </tr>
          </thead>
          <tbody className="text-slate-800 dark:text-slate-200">
            {checks.map((check, index) => (
              <tr key={index}>
                <td className="pr-3 whitespace-nowrap">{formatInstant(check.at)}</td>
                <td className="pr-3 whitespace-nowrap">{checkSummary(check)}</td>
                <td>{check.error ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** One flagged URL: its flags and why, where it is used, its last check and history. */
function LinkCard({ item }: { item: LinkItemDto }) {
  return (
    <li className={`${CARD} flex flex-col gap-3`}>
      <div className="flex flex-wrap items-center gap-2">
        {item.flags.map((flag) => (
          <FlagBadge key={flag} flag={flag} />
        ))}
      </div>
      <h3 className="font-mono text-sm">
        <a href={item.url} {...external} className={linkClass}>
          {item.url}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </h3>
      {item.suggestedUrl && (
        <p className="text-sm text-slate-800 dark:text-slate-200">
          Moved permanently: use <span className="break-all font-mono">{item.suggestedUrl}</span>
        </p>
      )}
      {item.duplication && <p className="text-sm text-slate-800 dark:text-slate-200">{item.duplication}.</p>}
      {item.suspicion && <p className="text-sm text-slate-800 dark:text-slate-200">{item.suspicion}.</p>}
      <div className="text-sm">
        <p className="font-medium text-slate-700 dark:text-slate-300">Used in</p>
        <ul className="list-disc pl-5 text-slate-800 dark:text-slate-200">
          {item.resources.map((resource) => (
            <li key={resource.id}>
              Resource “{resource.title}” of{" "}
              <Link href={`/topics/${resource.topic.slug}`} className={linkClass}>
                {resource.topic.title}
              </Link>
            </li>
          ))}
          {item.mentions.map((mention, index) => (
            <li key={index}>
              “{mention.label}” in the {mention.where} of{" "}
              <Link href={`/topics/${mention.topic.slug}`} className={linkClass}>
                {mention.topic.title}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      {item.lastCheck ? <LastCheck check={item.lastCheck} /> : <p className="text-sm text-slate-700 dark:text-slate-300">Not checked yet.</p>}
      {item.history.length > 1 && <History checks={item.history} />}
    </li>
  );
}

/** The flagged links, worst first. */
export function LinkList({ items }: { items: LinkItemDto[] }) {
  if (items.length === 0) return <p className="text-slate-700 dark:text-slate-300">No link carries this flag.</p>;
  return (
    <ul className="flex flex-col gap-4" aria-label="Flagged links">
      {items.map((item) => (
        <LinkCard key={item.url} item={item} />
      ))}
    </ul>
  );
}
