import Link from "@/components/ui/link";
import type { ReviewCardDto } from "@/lib/spaced-review/schema";
import { CARD } from "@/components/ui/card";
import { plural } from "@/lib/plural";

const SHOWN = 8;

/**
 * "Due for review" on the dashboard: how many finished topics are due today
 * (in the learner's zone) and the first few, each linking to its review;
 * nothing when nothing is due.
 */
export function DueForReview({ due }: { due: ReviewCardDto[] }) {
  if (due.length === 0) return null;
  return (
    <section aria-labelledby="due-heading" className={`${CARD} flex flex-col gap-3`}>
      <h2 id="due-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
        Due for review <span className="text-base font-normal text-slate-600 dark:text-slate-400">({plural(due.length, "topic")})</span>
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">Topics you finished come back on a schedule, so you keep what you learned.</p>
      <ul className="flex flex-col gap-2">
        {due.slice(0, SHOWN).map((review) => (
          <li key={review.topic.slug} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={`/review/${review.topic.slug}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
              Review {review.topic.title}
            </Link>
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {review.lastReviewedOn ? `last reviewed ${review.lastReviewedOn}` : "not reviewed yet"}
            </span>
          </li>
        ))}
      </ul>
      {due.length > SHOWN && <p className="text-sm text-slate-600 dark:text-slate-400">and {plural(due.length - SHOWN, "more topic")}.</p>}
    </section>
  );
}
