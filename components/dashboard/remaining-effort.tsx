import type { TrackProgress } from "@/lib/progress/schema";
import { formatEffort } from "@/lib/catalog/effort-format";
import { CARD } from "@/components/ui/card";

/** "About 12 h left" per track: the effort of what the learner has not done yet (lib/progress/effort.ts). */
export function RemainingEffort({ tracks, remaining }: { tracks: TrackProgress[]; remaining: Record<string, number> }) {
  return (
    <section aria-labelledby="remaining-heading" className={CARD}>
      <h2 id="remaining-heading" className="mb-3 text-xl font-semibold text-slate-900 dark:text-slate-50">
        Effort left
      </h2>
      <ul className="grid gap-2 sm:grid-cols-3">
        {tracks.map((track) => {
          const minutes = remaining[track.slug] ?? 0;
          return (
            <li key={track.slug} data-testid={`remaining-${track.slug}`} data-minutes={minutes} className="flex flex-col">
              <span className="text-sm text-slate-600 dark:text-slate-400">{track.title}</span>
              <span className="text-lg font-semibold text-slate-900 dark:text-slate-50">{minutes > 0 ? `${formatEffort(minutes)} left` : "Nothing left"}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
