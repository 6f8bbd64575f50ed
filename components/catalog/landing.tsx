import Link from "@/components/ui/link";
import type { TrackSummary } from "@/lib/catalog/schema";
import { TrackList } from "@/components/catalog/track-list";
import { buttonClasses } from "@/components/ui/button";

/** The landing page for visitors: what Waypoint is, and the three tracks. */
export function Landing({ tracks }: { tracks: TrackSummary[] }) {
  return (
    <>
      <section className="mb-10 flex flex-col gap-4">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900 dark:text-slate-50">
          Study the LLM course, one waypoint at a time
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Work through the three tracks of the LLM course roadmap: read each topic&apos;s key points, follow its
          resources, and keep track of where you are.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/signup" className={buttonClasses("primary")}>
            Create a free account
          </Link>
          <Link href="/signin" className={buttonClasses("secondary")}>
            Sign in
          </Link>
        </div>
      </section>
      <h2 className="mb-4 text-2xl font-semibold">Tracks</h2>
      <TrackList tracks={tracks} />
    </>
  );
}
