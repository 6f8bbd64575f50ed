import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { listReviewQueue } from "@/lib/review/data";
import { reviewQuerySchema, SUBMISSION_STATUSES, SUBMISSION_TYPES, type ReviewItemDto, type ReviewQuery } from "@/lib/review/schema";
import { formatInstant } from "@/components/links/format";
import { outcomeText, REASON_LABELS } from "@/components/review/labels";
import { ReviewDecision } from "@/components/review/review-decision";
import { CARD } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_LABELS = { OPEN: "Open", APPROVED: "Approved", REJECTED: "Rejected" } as const;
const TYPE_LABELS = { SUGGESTION: "Suggestions", REPORT: "Reports" } as const;
const pill = (current: boolean) =>
  cn(
    "rounded-full border px-3 py-1 text-sm font-medium",
    current
      ? "border-indigo-700 bg-indigo-700 text-white dark:border-indigo-300 dark:bg-indigo-300 dark:text-slate-950"
      : "border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800",
  );

function href(query: Partial<ReviewQuery>) {
  const params = new URLSearchParams();
  if (query.status && query.status !== "OPEN") params.set("status", query.status);
  if (query.type) params.set("type", query.type);
  if (query.cursor) params.set("cursor", query.cursor);
  const text = params.toString();
  return `/admin/review${text ? `?${text}` : ""}`;
}

/** What the learner sent, and about what. */
function Submission({ item }: { item: ReviewItemDto }) {
  return (
    <div className="flex flex-col gap-1">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {item.type === "REPORT" ? "Report" : "Suggestion"} by {item.submitter.name} ({item.submitter.email}) · {formatInstant(item.createdAt)} ·{" "}
        <Link href={`/topics/${item.topic.slug}`} className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
          {item.topic.title}
        </Link>
      </p>
      <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-50">{item.title ?? "A resource"}</h2>
      {item.url && <p className="break-all font-mono text-sm text-slate-800 dark:text-slate-200">{item.url}</p>}
      {item.reason && <p className="text-sm font-medium text-slate-800 dark:text-slate-200">{REASON_LABELS[item.reason]}</p>}
      {item.note && <p className="text-sm text-slate-700 dark:text-slate-300">“{item.note}”</p>}
      {item.status !== "OPEN" && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {outcomeText(item)}
          {item.decidedBy && ` · by ${item.decidedBy.name}`}
          {item.decidedAt && ` · ${formatInstant(item.decidedAt)}`}
        </p>
      )}
    </div>
  );
}

/** /admin/review: the review queue, oldest first, with filters; each open item is decided in place. The admin layout checks the role. */
export default async function ReviewQueuePage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = reviewQuerySchema.safeParse({
    status: typeof raw.status === "string" ? raw.status : undefined,
    type: typeof raw.type === "string" ? raw.type : undefined,
    cursor: typeof raw.cursor === "string" ? raw.cursor : undefined,
  });
  const query: ReviewQuery = parsed.success ? parsed.data : { status: "OPEN", limit: 20 };
  const { items, nextCursor } = await listReviewQueue(query).catch(() => listReviewQueue({ ...query, cursor: undefined }));
  return (
    <>
      <PageHeader title="Review queue" lead="Resources learners suggested and problems they reported, oldest first." />
      <nav aria-label="Filter the queue" className="mb-6 flex flex-col gap-2">
        <ul className="flex flex-wrap gap-2" aria-label="Status">
          {SUBMISSION_STATUSES.map((status) => (
            <li key={status}>
              <Link href={href({ status, type: query.type })} aria-current={query.status === status ? "page" : undefined} className={pill(query.status === status)}>
                {STATUS_LABELS[status]}
              </Link>
            </li>
          ))}
        </ul>
        <ul className="flex flex-wrap gap-2" aria-label="Type">
          <li>
            <Link href={href({ status: query.status })} aria-current={!query.type ? "page" : undefined} className={pill(!query.type)}>
              All types
            </Link>
          </li>
          {SUBMISSION_TYPES.map((type) => (
            <li key={type}>
              <Link href={href({ status: query.status, type })} aria-current={query.type === type ? "page" : undefined} className={pill(query.type === type)}>
                {TYPE_LABELS[type]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">Nothing here.</p>
      ) : (
        <ul className="flex flex-col gap-4" aria-label="Submissions">
          {items.map((item) => (
            <li key={item.id} className={cn(CARD, "flex flex-col gap-4")} data-testid="review-item">
              <Submission item={item} />
              {item.status === "OPEN" && <ReviewDecision item={item} />}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6 flex gap-4">
        {query.cursor && (
          <Link href={href({ status: query.status, type: query.type })} className="text-indigo-700 hover:underline dark:text-indigo-300">
            Back to the oldest
          </Link>
        )}
        {nextCursor && (
          <Link href={href({ status: query.status, type: query.type, cursor: nextCursor })} className="text-indigo-700 hover:underline dark:text-indigo-300">
            Next page
          </Link>
        )}
      </div>
    </>
  );
}
