"use client";

import Link from "@/components/ui/link";
import { Alert } from "@/components/ui/alert";
import { StatusControl } from "@/components/progress/status-control";
import { useTopicProgress } from "@/components/progress/topic-progress-context";
import { signInHref } from "@/components/layout/session";

const BOX = "flex min-h-36 flex-col justify-center gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

/**
 * The status card of a topic page (buttons and D / L / S / R shortcuts); for
 * a visitor, a sign-in prompt. One box of one height in every state, so
 * nothing below it moves when it fills in after the page.
 */
export function TopicStatusPanel() {
  const progress = useTopicProgress();
  if (progress.phase === "loading") {
    return (
      <div aria-busy="true" className={`${BOX} animate-pulse motion-reduce:animate-none`}>
        <span className="sr-only">Loading your progress…</span>
      </div>
    );
  }
  if (progress.phase === "visitor") {
    return (
      <div className={BOX}>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <Link href={signInHref(`/topics/${progress.slug}`)} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
            Sign in
          </Link>{" "}
          to track your progress and keep notes on this topic.
        </p>
      </div>
    );
  }
  return (
    <div className={BOX}>
      <StatusControl status={progress.state.status} onChange={progress.setStatus} />
      {progress.error?.from === "status" && <Alert tone="error">{progress.error.message}</Alert>}
    </div>
  );
}
