import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cachedTrack } from "@/lib/catalog/cache";
import { listCatalogSlugs } from "@/lib/catalog/data";
import { formatEffort } from "@/lib/catalog/effort";
import { slugSchema } from "@/lib/catalog/schema";
import { TrackProgressProvider, TrackSummary, TrackTopicStatus } from "@/components/progress/track-progress";
import { MarkdownText } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";

// A static page, regenerated when the catalog moves (lib/catalog/version.ts);
// the learner's summary and statuses are client islands loaded after it.
type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listCatalogSlugs()).tracks.map((slug) => ({ slug }));
}

/** The track, loaded once for generateMetadata and the page together (one load per content version). */
async function loadTrack(params: Props["params"]) {
  const parsed = slugSchema.safeParse((await params).slug);
  const track = parsed.success ? await cachedTrack(parsed.data) : null;
  if (!track) notFound();
  return track;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadTrack(params)).title };
}

export default async function TrackPage({ params }: Props) {
  const track = await loadTrack(params);
  return (
    <TrackProgressProvider slug={track.slug}>
      <PageHeader
        title={track.title}
        lead={
          <>
            <p>{track.summary}</p>
            <p className="mt-1 text-base text-slate-600 dark:text-slate-400">
              Effort <span className="font-medium text-slate-900 dark:text-slate-100">{formatEffort(track.effortMinutes)}</span> over{" "}
              {track.topics.length} topic{track.topics.length === 1 ? "" : "s"}
            </p>
          </>
        }
        crumbs={[{ label: "Tracks", href: "/tracks" }]}
      />
      {track.intro && <MarkdownText className="mb-8 max-w-3xl text-slate-700 dark:text-slate-300">{track.intro}</MarkdownText>}
      <TrackSummary title={track.title} topicCount={track.topics.length} />
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
              {topic.resourceCount > 0 && <> · {formatEffort(topic.effortMinutes)}</>}
            </span>
            <TrackTopicStatus slug={topic.slug} title={topic.title} />
          </li>
        ))}
      </ol>
    </TrackProgressProvider>
  );
}
