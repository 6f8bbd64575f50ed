import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";
import { getReviewSession } from "@/lib/spaced-review/data";
import { PageHeader } from "@/components/ui/page-header";
import { MarkdownText } from "@/components/ui/markdown";
import { CARD } from "@/components/ui/card";
import { ReviewButtons } from "@/components/review-cards/review-buttons";

export const metadata: Metadata = { title: "Review" };

// /review/{slug} – a finished topic's key points and the learner's own note, then Again / Hard / Good / Easy
export default async function ReviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/review/${slug}`)}`);
  const session = await getReviewSession({ userId: user.id, timeZone: user.timeZone, slug });
  if (!session) notFound();
  const { topic } = session;
  return (
    <>
      <PageHeader
        title={`Review: ${topic.title}`}
        crumbs={[
          { label: "Dashboard", href: "/" },
          { label: topic.title, href: `/topics/${topic.slug}` },
        ]}
        lead="Recall what you learned, then check it against the key points and your note."
      />
      <div className="flex flex-col gap-6">
        <section aria-labelledby="review-key-points" className={CARD}>
          <h2 id="review-key-points" className="mb-3 text-xl font-semibold">Key points</h2>
          <ul className="flex flex-col gap-3">
            {session.keyPoints.map((point) => (
              <li key={point.title}>
                <h3 className="font-semibold">{point.title}</h3>
                <MarkdownText className="text-slate-700 dark:text-slate-300">{point.text}</MarkdownText>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="review-note" className={CARD}>
          <h2 id="review-note" className="mb-3 text-xl font-semibold">Your note</h2>
          {session.note ? <MarkdownText>{session.note}</MarkdownText> : <p className="text-slate-600 dark:text-slate-400">You wrote no note on this topic.</p>}
        </section>
        <section aria-label="Answer" className={CARD}>
          <ReviewButtons slug={topic.slug} reviewedToday={session.reviewedToday} dueOn={session.dueOn} />
        </section>
      </div>
    </>
  );
}
