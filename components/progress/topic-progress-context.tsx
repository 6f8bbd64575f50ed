"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { statusAfterResourceChange } from "@/lib/progress/policy";
import type { ResourceProgressDto, TopicProgressAnswer, TopicProgressDto, TopicStatus } from "@/lib/progress/schema";
import { getJson, retryDelay, retryTransient, sendJson } from "@/components/progress/api-client";
import { confirmedOf, optimisticWrites, type Confirmed } from "@/components/progress/optimistic";
import { useMe } from "@/components/layout/session";

export type TopicProgressState = { status: TopicStatus; doneResourceIds: string[]; newResources: number };

/** A refused write, and which control made it (its message shows next to that control). */
export type WriteError = { message: string; from: "status" | "resources" };

type Write = { kind: "status"; status: TopicStatus } | { kind: "resource"; id: string; done: boolean };

type TopicProgress = {
  /** Loading: who is looking, then their progress (the islands show a placeholder of the same size). */
  phase: "loading" | "visitor" | "learner";
  slug: string;
  state: TopicProgressState;
  error: WriteError | null;
  setStatus: (status: TopicStatus) => void;
  setResourceDone: (id: string, done: boolean) => void;
};

const Context = createContext<TopicProgress | null>(null);
const EMPTY: TopicProgressState = { status: "NOT_STARTED", doneResourceIds: [], newResources: 0 };

export const topicProgressKey = (slug: string) => ["progress", "topic", slug] as const;

/** A write applied to the state the page shows (the roll-up rule included). */
function applyWrite(resourceCount: number) {
  return (state: TopicProgressState, write: Write): TopicProgressState => {
    if (write.kind === "status") return { ...state, status: write.status };
    const ids = new Set(state.doneResourceIds);
    if (write.done) ids.add(write.id);
    else ids.delete(write.id);
    const status = statusAfterResourceChange(state.status, { done: write.done, doneCount: ids.size, total: resourceCount });
    return { ...state, doneResourceIds: [...ids], status };
  };
}

/**
 * The learner's status and ticks on the topic page it wraps, loaded after the
 * (static) page from GET /api/progress/topics/{slug} and kept in react-query's
 * cache. Writes are optimistic (components/progress/optimistic.ts): the screen
 * changes at once, the request follows (retried while the server is
 * unreachable), a refusal takes the write out again with a message. Writes on
 * one topic share a mutation scope, so they reach the server in order.
 */
export function TopicProgressProvider({ slug, resourceCount, children }: { slug: string; resourceCount: number; children: ReactNode }) {
  const client = useQueryClient();
  const me = useMe();
  const signedIn = !!me.data;
  const queryKey = topicProgressKey(slug);
  const progress = useQuery({
    queryKey,
    queryFn: async (): Promise<Confirmed<TopicProgressState>> => {
      const { status, doneResourceIds, newResources } = await getJson<TopicProgressAnswer>(`/api/progress/topics/${slug}`);
      return confirmedOf({ status, doneResourceIds, newResources });
    },
    enabled: signedIn,
    staleTime: 0,
  });
  const [error, setError] = useState<WriteError | null>(null);

  const apply = applyWrite(resourceCount);
  const writes = optimisticWrites<TopicProgressState, Write, TopicProgressDto | ResourceProgressDto>(client, {
    queryKey,
    apply,
    // The server's roll-up is the truth (another tab may have ticked too).
    confirm: (state, variables, result) => ({ ...apply(state, variables), ...("topicStatus" in result ? { status: result.topicStatus } : {}) }),
  });
  const write = useMutation({
    ...writes,
    scope: { id: `topic:${slug}` },
    retry: retryTransient,
    retryDelay,
    mutationFn: (variables: Write) =>
      variables.kind === "status"
        ? sendJson<TopicProgressDto>("PUT", `/api/progress/topics/${slug}`, { status: variables.status })
        : sendJson<ResourceProgressDto>("PUT", `/api/progress/resources/${variables.id}`, { done: variables.done }),
    onError: (failure: Error, variables: Write, context: unknown) => {
      writes.onError(failure, variables, context);
      setError({ message: `${failure.message} Your change was undone.`, from: variables.kind === "status" ? "status" : "resources" });
    },
  });

  const phase = me.isPending || (signedIn && !progress.data) ? "loading" : signedIn ? "learner" : "visitor";
  const value: TopicProgress = {
    phase: me.isError ? "visitor" : phase,
    slug,
    state: progress.data?.shown ?? EMPTY,
    error,
    setStatus: (status) => {
      setError(null);
      write.mutate({ kind: "status", status });
    },
    setResourceDone: (id, done) => {
      setError(null);
      write.mutate({ kind: "resource", id, done });
    },
  };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The topic progress of the nearest TopicProgressProvider. */
export function useTopicProgress(): TopicProgress {
  const value = useContext(Context);
  if (!value) throw new Error("useTopicProgress needs a TopicProgressProvider");
  return value;
}
