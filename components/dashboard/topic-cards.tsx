import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import type { Dashboard, TopicRef } from "@/lib/progress/schema";
import { CARD } from "@/components/ui/card";

const TOPIC_CARD = `flex flex-col gap-2 ${CARD}`;
const EYEBROW = "text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";

/** A topic as a link with its track underneath; the whole title is the target. */
function TopicLink({ topic }: { topic: TopicRef }) {
  return (
    <>
      <Link
        href={`/topics/${topic.slug}`}
        className="text-lg font-semibold text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
      >
        {topic.title}
      </Link>
      <p className="text-sm text-slate-700 dark:text-slate-300">in {topic.track.title}</p>
    </>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={TOPIC_CARD}>
      <h2 className={EYEBROW}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * "Continue where you left off" and "Next up". When nothing is in progress,
 * the first card points at the next topic instead of sitting empty; when
 * every topic is started, the second says so.
 */
export function TopicCards({ continueTopic, nextUp }: { continueTopic: Dashboard["continue"]; nextUp: Dashboard["nextUp"] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Card title="Continue where you left off">
        {continueTopic ? (
          <TopicLink topic={continueTopic} />
        ) : nextUp ? (
          <p className="text-slate-700 dark:text-slate-300">
            Nothing in progress yet. Start with{" "}
            <Link href={`/topics/${nextUp.slug}`} className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
              {nextUp.title}
            </Link>
            .
          </p>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">Nothing in progress right now.</p>
        )}
      </Card>
      <Card title="Next up">
        {nextUp ? (
          <TopicLink topic={nextUp} />
        ) : (
          <p className="text-slate-700 dark:text-slate-300">
            You have started every topic.{" "}
            <Link href="/tracks" className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
              Browse the tracks
            </Link>{" "}
            to review one.
          </p>
        )}
      </Card>
    </div>
  );
}
