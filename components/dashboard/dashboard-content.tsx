"use client";

import Link from "@/components/ui/link";
import { useCallback, useDeferredValue } from "react";
import { useQuery } from "@tanstack/react-query";
import type { DashboardPage } from "@/lib/dashboard/schema";
import { ApiClientError, getJson } from "@/components/progress/api-client";
import { signInHref } from "@/components/layout/session";
import { ActivityHeatmap } from "@/components/dashboard/activity-heatmap";
import { ProgressOverview } from "@/components/dashboard/progress-overview";
import { RemainingEffort } from "@/components/dashboard/remaining-effort";
import { StreakSummary } from "@/components/dashboard/streak-summary";
import { TimeZoneSync } from "@/components/dashboard/time-zone-sync";
import { TopicCards } from "@/components/dashboard/topic-cards";
import { UpdatedTopics } from "@/components/dashboard/updated-topics";
import { DueForReview } from "@/components/review-cards/due-for-review";
import { AssignedToYou } from "@/components/teams/assigned-to-you";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { CARD } from "@/components/ui/card";

export const DASHBOARD_KEY = ["me", "dashboard"] as const;

/** null: not signed in (no session cookie, or one whose session ended). */
async function loadDashboard(): Promise<DashboardPage | null> {
  try {
    return await getJson<DashboardPage>("/api/me/dashboard");
  } catch (error) {
    if (error instanceof ApiClientError && error.status === 401) return null;
    throw error;
  }
}

/**
 * The learner's dashboard, always fresh from the server: no cache kept
 * between visits (gcTime 0), so coming back after finishing a topic or a
 * review never shows the old state first.
 */
export function useDashboard() {
  return useQuery({ queryKey: DASHBOARD_KEY, queryFn: loadDashboard, staleTime: 0, gcTime: 0 });
}

/** ", Ada" in the heading once the dashboard has loaded. */
export function LearnerName() {
  const { data } = useDashboard();
  return data ? <>, {data.user.name}</> : null;
}

const pulse = "animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60";

/** Grey blocks where the cards will be. The island is the page's last block, so nothing below it moves. */
function Placeholder() {
  return (
    <div data-testid="dashboard-loading" aria-hidden="true" className="flex flex-col gap-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className={`${pulse} h-28`} />
        <div className={`${pulse} h-28`} />
      </div>
      <div className={`${pulse} h-96`} />
      <div className={`${pulse} h-32`} />
      <div className={`${pulse} h-72`} />
    </div>
  );
}

/**
 * Everything personal on the dashboard, from GET /api/me/dashboard: where to
 * pick up, what a team lead assigned, what is due for review, progress per
 * track, effort left and study activity.
 */
export function DashboardContent() {
  const query = useDashboard();
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  // The loaded dashboard (heatmap, progress bars, lists) is the biggest render
  // of any page: deferred, React renders it in a transition, in slices that
  // leave the main thread free for input, instead of in one 40–60 ms task
  // (170–230 ms at a phone's 4× slower CPU) when the data arrives.
  // Nothing to show until the deferred data has rendered (or the load failed).
  const page = useDeferredValue(query.data);
  if (page === undefined && !query.isError) {
    return (
      <>
        <p role="status" className="sr-only">
          Loading your dashboard…
        </p>
        <Placeholder />
      </>
    );
  }
  if (query.isError) {
    return (
      <Alert tone="error">
        <p>Your dashboard could not be loaded: {query.error.message}</p>
        <Button variant="secondary" className="mt-3" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (!page) {
    return (
      <section className={`${CARD} flex flex-col gap-3`}>
        <h2 className="text-xl font-semibold text-slate-900 dark:text-slate-50">Sign in to see your dashboard</h2>
        <p className="text-slate-700 dark:text-slate-300">You are not signed in, or your session has ended.</p>
        <div className="flex flex-wrap gap-2">
          <Link href={signInHref("/")} className={buttonClasses("primary")}>
            Sign in
          </Link>
          <Link href="/tracks" className={buttonClasses("secondary")}>
            Browse the tracks
          </Link>
        </div>
      </section>
    );
  }
  const { progress } = page;
  return (
    <>
      <TimeZoneSync timeZone={progress.timeZone} onSaved={reload} />
      <AssignedToYou assignments={page.assignments} />
      <TopicCards continueTopic={progress.continue} nextUp={progress.nextUp} />
      <DueForReview due={page.reviewsDue} />
      <UpdatedTopics topics={progress.updatedSinceDone} />
      <ProgressOverview overall={progress.overall} tracks={progress.tracks} />
      <RemainingEffort tracks={progress.tracks} remaining={page.remainingMinutes} />
      <section aria-labelledby="activity-heading" className={`${CARD} flex flex-col gap-5`}>
        <h2 id="activity-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
          Study activity
        </h2>
        <StreakSummary streak={progress.streak} timeZone={progress.timeZone} />
        <ActivityHeatmap activity={progress.activity} />
      </section>
    </>
  );
}
