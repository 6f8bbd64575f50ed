import Link from "@/components/ui/link";
import type { TrackSummary } from "@/lib/catalog/schema";
import { plural } from "@/lib/plural";


/** The tracks as cards, in roadmap order. */
export function TrackList({ tracks }: { tracks: TrackSummary[] }) {
  return (
    <ol className="grid gap-4 md:grid-cols-3">
      {tracks.map((track) => (
        <li key={track.slug}>
          <Link
            href={`/tracks/${track.slug}`}
            className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition-colors hover:border-indigo-400 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-500"
          >
            <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-50">{track.title}</h2>
            <p className="flex-1 text-sm text-slate-700 dark:text-slate-300">{track.summary}</p>
            <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
              {plural(track.topicCount, "topic")} · {plural(track.resourceCount, "resource")}
            </p>
          </Link>
        </li>
      ))}
    </ol>
  );
}
