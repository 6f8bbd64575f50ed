import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTrack } from "@/lib/catalog/data";
import { slugSchema } from "@/lib/catalog/schema";
import { getTrackStatuses } from "@/lib/progress/data";
import { getCurrentUser } from "@/lib/session";
import { Providers } from "@/components/layout/providers";
import { ResetTrackButton } from "@/components/progress/reset-track-button";
import { STATUS_LABEL } from "@/components/progress/status-labels";
import { TrackTopicStatus } from "@/components/progress/track-topic-status";
import { MarkdownText } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ slug: string }> };

async function loadTrack(params: Props["params"]) {
  const parsed = slugSchema.safeParse((await params).slug);
  const track = parsed.success ? await getTrack(parsed.data) : null;
  if (!track) notFound();
  return track;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadTrack(params)).title };
}

export default async function TrackPage({ params }: Props) {
  const [track, user] = await Promise.all([loadTrack(params), getCurrentUser()]);
  const statuses = user ? await getTrackStatuses(user.id, track.slug) : null;
  const count = (status: string) => Object.values(statuses ?? {}).filter((s) => s === status).length;
  return (
    <Providers>
      <PageHeader
        title={track.title}
        lead={track.summary}
        crumbs={
          <Link href="/tracks" className="hover:underline">
            Tracks
          </Link>
        }
      />
      {track.intro && <MarkdownText className="mb-8 max-w-3xl text-slate-700 dark:text-slate-300">{track.intro}</MarkdownText>}
      {statuses && (
        <div className="mb-6 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <span className="font-semibold text-slate-900 dark:text-slate-50">
              {count("DONE")} of {track.topics.length} topics done
            </span>{" "}
            · {count("IN_PROGRESS")} {STATUS_LABEL.IN_PROGRESS.toLowerCase()} · {count("SKIPPED")} {STATUS_LABEL.SKIPPED.toLowerCase()}
          </p>
          <ResetTrackButton slug={track.slug} title={track.title} topicCount={track.topics.length} />
        </div>
      )}
      <h2 className="mb-3 text-xl font-semibold">Topics</h2>
      <ol className="flex flex-col gap-2">
        {track.topics.map((topic) => (
          <li
            key={topic.slug}
            className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900"
          >
            <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              {topic.order}
            </span>
            <Link
              href={`/topics/${topic.slug}`}
              className="min-w-40 flex-1 font-medium text-slate-900 hover:text-indigo-700 hover:underline dark:text-slate-50 dark:hover:text-indigo-300"
            >
              {topic.title}
            </Link>
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {topic.resourceCount} resource{topic.resourceCount === 1 ? "" : "s"}
            </span>
            {statuses && (
              // Keyed by the server's status so a refresh (after a reset) re-seeds the picker.
              <TrackTopicStatus
                key={statuses[topic.slug] ?? "NOT_STARTED"}
                slug={topic.slug}
                title={topic.title}
                initialStatus={statuses[topic.slug] ?? "NOT_STARTED"}
              />
            )}
          </li>
        ))}
      </ol>
    </Providers>
  );
}
