import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cachedTopic } from "@/lib/catalog/cache";
import { listCatalogSlugs } from "@/lib/catalog/data";
import { formatEffort } from "@/lib/catalog/effort";
import { slugSchema } from "@/lib/catalog/schema";
import { brokenResourceIds } from "@/lib/links/data";
import { resourceNote } from "@/components/catalog/resource-list";
import { NewResourcesNotice } from "@/components/progress/new-resources-notice";
import { ResourceChecklist } from "@/components/progress/resource-checklist";
import { ReportResource } from "@/components/review/report-resource";
import { SuggestResource } from "@/components/review/suggest-resource";
import { TopicNote } from "@/components/progress/topic-note";
import { TopicProgressProvider } from "@/components/progress/topic-progress-context";
import { TopicStatusPanel } from "@/components/progress/topic-status-panel";
import { MarkdownText } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";

// A static page: built for every topic (and on first request for one added
// later), regenerated when the catalog moves (lib/catalog/version.ts). Nothing
// here reads the request; the learner's status, ticks and note are client
// islands that load after the page.
type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listCatalogSlugs()).topics.map((slug) => ({ slug }));
}

/** The topic, loaded once for generateMetadata and the page together (cachedTopic shares one load per content version). */
async function loadTopic(params: Props["params"]) {
  const parsed = slugSchema.safeParse((await params).slug);
  const topic = parsed.success ? await cachedTopic(parsed.data) : null;
  if (!topic) notFound();
  return topic;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadTopic(params)).title };
}

export default async function TopicPage({ params }: Props) {
  const topic = await loadTopic(params);
  const brokenIds = await brokenResourceIds(topic.resources.map((r) => r.id));
  return (
    <TopicProgressProvider slug={topic.slug} resourceCount={topic.resources.length}>
      <article>
        <PageHeader
          title={topic.title}
          lead={
            topic.resources.length > 0 && (
              <p className="text-base text-slate-600 dark:text-slate-400">
                Effort <span className="font-medium text-slate-900 dark:text-slate-100">{formatEffort(topic.effortMinutes)}</span> for its{" "}
                {topic.resources.length} resource{topic.resources.length === 1 ? "" : "s"}
              </p>
            )
          }
          crumbs={[
            { label: "Tracks", href: "/tracks" },
            { label: topic.track.title, href: `/tracks/${topic.track.slug}` },
            { label: `Topic ${topic.order}` },
          ]}
        />
        <NewResourcesNotice />
        <div className="mb-8">
          <TopicStatusPanel />
        </div>
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
          <ResourceChecklist
            resources={topic.resources}
            notes={Object.fromEntries(topic.resources.map((r) => [r.id, resourceNote(r)]))}
            brokenIds={brokenIds}
            actions={Object.fromEntries(topic.resources.map((r) => [r.id, <ReportResource key={r.id} resourceId={r.id} title={r.title} />]))}
          />
          <SuggestResource slug={topic.slug} />
        </section>

        <div className="mb-10">
          <TopicNote />
        </div>

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
    </TopicProgressProvider>
  );
}
