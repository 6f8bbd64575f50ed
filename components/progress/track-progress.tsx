"use client";

import Link from "@/components/ui/link";
import { createContext, useContext, useState, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TopicProgressDto, TopicStatus } from "@/lib/progress/schema";
import { getJson, retryDelay, retryTransient, sendJson } from "@/components/progress/api-client";
import { confirmedOf, optimisticWrites, type Confirmed } from "@/components/progress/optimistic";
import { ResetTrackButton } from "@/components/progress/reset-track-button";
import { STATUS_LABEL, STATUS_OPTIONS } from "@/components/progress/status-labels";
import { signInHref, useMe } from "@/components/layout/session";

type Statuses = Record<string, TopicStatus>;
type Write = { slug: string; status: TopicStatus };

type TrackProgress = {
  phase: "loading" | "visitor" | "learner";
  slug: string;
  statuses: Statuses;
  errors: Record<string, string>;
  setStatus: (topic: string, status: TopicStatus) => void;
};

const Context = createContext<TrackProgress | null>(null);

export const trackProgressKey = (slug: string) => ["progress", "track", slug] as const;

const applyWrite = (statuses: Statuses, write: Write): Statuses => ({ ...statuses, [write.slug]: write.status });

/**
 * The learner's statuses on a track page's topics, loaded after the (static)
 * page from GET /api/progress/tracks/{slug} and kept in react-query's cache;
 * each row's picker writes optimistically (components/progress/optimistic.ts).
 */
export function TrackProgressProvider({ slug, children }: { slug: string; children: ReactNode }) {
  const client = useQueryClient();
  const me = useMe();
  const signedIn = !!me.data;
  const queryKey = trackProgressKey(slug);
  const progress = useQuery({
    queryKey,
    queryFn: async (): Promise<Confirmed<Statuses>> => confirmedOf((await getJson<{ statuses: Statuses }>(`/api/progress/tracks/${slug}`)).statuses),
    enabled: signedIn,
    staleTime: 0,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const writes = optimisticWrites<Statuses, Write, TopicProgressDto>(client, { queryKey, apply: applyWrite });
  const write = useMutation({
    ...writes,
    // One queue per track: its writes reach the server in the order they were made.
    scope: { id: `track:${slug}` },
    retry: retryTransient,
    retryDelay,
    mutationFn: ({ slug: topic, status }: Write) => sendJson<TopicProgressDto>("PUT", `/api/progress/topics/${topic}`, { status }),
    onError: (failure: Error, variables: Write, context: unknown) => {
      writes.onError(failure, variables, context);
      setErrors((current) => ({ ...current, [variables.slug]: `${failure.message} Your change was undone.` }));
    },
  });
  const phase = me.isError || me.data === null ? "visitor" : me.isPending || !progress.data ? "loading" : "learner";
  const value: TrackProgress = {
    phase,
    slug,
    statuses: progress.data?.shown ?? {},
    errors,
    setStatus: (topic, status) => {
      setErrors(({ [topic]: _cleared, ...rest }) => rest);
      write.mutate({ slug: topic, status });
    },
  };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

function useTrackProgress(): TrackProgress {
  const value = useContext(Context);
  if (!value) throw new Error("useTrackProgress needs a TrackProgressProvider");
  return value;
}

const BOX = "mb-6 flex min-h-20 flex-wrap items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

/** The learner's summary of the track ("3 of 7 topics done") and its reset; a sign-in prompt for visitors. */
export function TrackSummary({ title, topicCount }: { title: string; topicCount: number }) {
  const { phase, slug, statuses } = useTrackProgress();
  if (phase === "loading") {
    return (
      <div aria-busy="true" className={`${BOX} animate-pulse motion-reduce:animate-none`}>
        <span className="sr-only">Loading your progress…</span>
      </div>
    );
  }
  if (phase === "visitor") {
    return (
      <div className={BOX}>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <Link href={signInHref(`/tracks/${slug}`)} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
            Sign in
          </Link>{" "}
          to track your progress through this track.
        </p>
      </div>
    );
  }
  const count = (status: TopicStatus) => Object.values(statuses).filter((s) => s === status).length;
  return (
    <div className={BOX}>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <span className="font-semibold text-slate-900 dark:text-slate-50">
          {count("DONE")} of {topicCount} topics done
        </span>{" "}
        · {count("IN_PROGRESS")} {STATUS_LABEL.IN_PROGRESS.toLowerCase()} · {count("SKIPPED")} {STATUS_LABEL.SKIPPED.toLowerCase()}
      </p>
      <ResetTrackButton slug={slug} title={title} topicCount={topicCount} />
    </div>
  );
}

const PICKER = "min-h-10 w-36";

/** A compact status picker for one topic row of the track page; space kept for it while loading and for visitors. */
export function TrackTopicStatus({ slug, title }: { slug: string; title: string }) {
  const { phase, statuses, errors, setStatus } = useTrackProgress();
  if (phase !== "learner") return <span aria-hidden="true" className={PICKER} />;
  const error = errors[slug];
  return (
    <div className="flex flex-col items-end gap-1">
      <label className="sr-only" htmlFor={`status-${slug}`}>
        Status of {title}
      </label>
      <select
        id={`status-${slug}`}
        value={statuses[slug] ?? "NOT_STARTED"}
        onChange={(event) => setStatus(slug, event.target.value as TopicStatus)}
        className={`${PICKER} rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100`}
      >
        {STATUS_OPTIONS.map((option) => (
          <option key={option.status} value={option.status}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
