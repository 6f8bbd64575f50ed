import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTopic } from "@/lib/catalog/data";
import { slugSchema } from "@/lib/catalog/schema";
import { brokenResourceIds } from "@/lib/links/data";
import { countNewResourcesSinceDone, getNote, getTopicProgress } from "@/lib/progress/data";
import { getCurrentUser } from "@/lib/session";
import { ResourceList, resourceNote } from "@/components/catalog/resource-list";
import { Providers } from "@/components/layout/providers";
import { NewResourcesNotice } from "@/components/progress/new-resources-notice";
import { NoteEditor } from "@/components/progress/note-editor";
import { ResourceChecklist } from "@/components/progress/resource-checklist";
import { ReportResource } from "@/components/review/report-resource";
import { SuggestResource } from "@/components/review/suggest-resource";
import { TopicProgressProvider } from "@/components/progress/topic-progress-context";
import { TopicStatusPanel } from "@/components/progress/topic-status-panel";
import { MarkdownText } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ slug: string }> };

async function loadTopic(params: Props["params"]) {
  const parsed = slugSchema.safeParse((await params).slug);
  const topic = parsed.success ? await getTopic(parsed.data) : null;
  if (!topic) notFound();
  return topic;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadTopic(params)).title };
}

/** The signed-in learner's status, ticks and note on the topic (null for visitors). */
async function loadLearnerState(slug: string) {
  const user = await getCurrentUser();
  if (!user) return null;
  const [progress, note, newResources] = await Promise.all([
    getTopicProgress(user.id, slug), getNote(user.id, slug), countNewResourcesSinceDone(user.id, slug),
  ]);
  return progress && note ? { progress, note, newResources } : null;
}

export default async function TopicPage({ params }: Props) {
  const topic = await loadTopic(params);
  const [learner, brokenIds] = await Promise.all([loadLearnerState(topic.slug), brokenResourceIds(topic.resources.map((r) => r.id))]);
  const initial = learner && {
    status: learner.progress.status,
    doneResourceIds: learner.progress.doneResourceIds,
    resourceCount: topic.resources.length,
  };
  const page = (
    <article>
      <PageHeader
        title={topic.title}
        crumbs={
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href="/tracks" className="hover:underline">
                Tracks
              </Link>
              <span aria-hidden="true"> / </span>
            </li>
            <li>
              <Link href={`/tracks/${topic.track.slug}`} className="hover:underline">
                {topic.track.title}
              </Link>
              <span aria-hidden="true"> / </span>
            </li>
            <li aria-current="page">Topic {topic.order}</li>
          </ol>
        }
      />
      {learner && <NewResourcesNotice count={learner.newResources} />}
      {initial ? (
        <div className="mb-8">
          <TopicStatusPanel />
        </div>
      ) : (
        <p className="mb-8 text-sm text-slate-700 dark:text-slate-300">
          <Link href={`/signin?callbackUrl=/topics/${topic.slug}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
            Sign in
          </Link>{" "}
          to track your progress and keep notes on this topic.
        </p>
      )}
      <MarkdownText className="mb-8 max-w-3xl text-slate-700 dark:text-slate-300">{topic.intro}</MarkdownText>

      <section aria-labelledby="key-points" className="mb-10">
        <h2 id="key-points" className="mb-3 text-xl font-semibold">
          Key points
        </h2>
        <dl className="flex flex-col gap-4">
          {topic.keyPoints.map((point) => (
            <div key={point.title}>
              <dt className="font-semibold text-slate-900 dark:text-slate-50">{point.title}</dt>
              <dd className="text-slate-700 dark:text-slate-300">
                <MarkdownText>{point.text}</MarkdownText>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="resources" className="mb-10">
        <h2 id="resources" className="mb-3 text-xl font-semibold">
          Resources
        </h2>
        {initial ? (
          <ResourceChecklist
            resources={topic.resources}
            notes={Object.fromEntries(topic.resources.map((r) => [r.id, resourceNote(r)]))}
            brokenIds={brokenIds}
            actions={Object.fromEntries(topic.resources.map((r) => [r.id, <ReportResource key={r.id} resourceId={r.id} title={r.title} />]))}
          />
        ) : (
          <ResourceList resources={topic.resources} brokenIds={brokenIds} />
        )}
        {initial && <SuggestResource slug={topic.slug} />}
      </section>

      {learner && (
        <div className="mb-10">
          <NoteEditor slug={topic.slug} initialBody={learner.note.body} />
        </div>
      )}

      <nav aria-label="Topics in this track" className="flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-6 dark:border-slate-800">
        {topic.previous ? (
          <Link href={`/topics/${topic.previous.slug}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
            ← {topic.previous.title}
          </Link>
        ) : (
          <span />
        )}
        {topic.next && (
          <Link href={`/topics/${topic.next.slug}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
            {topic.next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
  return initial ? (
    <Providers>
      <TopicProgressProvider slug={topic.slug} initial={initial}>
        {page}
      </TopicProgressProvider>
    </Providers>
  ) : (
    page
  );
}
