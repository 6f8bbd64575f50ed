import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTrack } from "@/lib/catalog/data";
import { slugSchema } from "@/lib/catalog/schema";
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
  const track = await loadTrack(params);
  return (
    <>
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
      <h2 className="mb-3 text-xl font-semibold">Topics</h2>
      <ol className="flex flex-col gap-2">
        {track.topics.map((topic) => (
          <li key={topic.slug}>
            <Link
              href={`/topics/${topic.slug}`}
              className="flex items-center gap-4 rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-indigo-400 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-500"
            >
              <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200">
                {topic.order}
              </span>
              <span className="flex-1 font-medium text-slate-900 dark:text-slate-50">{topic.title}</span>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {topic.resourceCount} resource{topic.resourceCount === 1 ? "" : "s"}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
