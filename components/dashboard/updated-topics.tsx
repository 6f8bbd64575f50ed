import Link from "@/components/ui/link";
import type { Dashboard } from "@/lib/progress/schema";
import { CARD } from "@/components/ui/card";
import { plural } from "@/lib/plural";

/** "Updated since you finished": done topics that gained resources, each with how many (nothing when there are none). */
export function UpdatedTopics({ topics }: { topics: Dashboard["updatedSinceDone"] }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="updated-heading" className={`${CARD} flex flex-col gap-3`}>
      <h2 id="updated-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
        Updated since you finished
      </h2>
      <ul className="flex flex-col gap-2">
        {topics.map((topic) => (
          <li key={topic.slug} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={`/topics/${topic.slug}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
              {topic.title}
            </Link>
            <span className="rounded-full bg-indigo-100 px-2 py-0.5 text-xs font-medium text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100">
              {plural(topic.newResources, "new resource")} since you finished
            </span>
            <span className="text-sm text-slate-600 dark:text-slate-400">in {topic.track.title}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
