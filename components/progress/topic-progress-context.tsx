"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useMutation } from "@tanstack/react-query";
import { statusAfterResourceChange } from "@/lib/progress/policy";
import type { ResourceProgressDto, TopicProgressDto, TopicStatus } from "@/lib/progress/schema";
import { retryDelay, retryTransient, sendJson } from "@/components/progress/api-client";

export type TopicProgressState = { status: TopicStatus; doneResourceIds: string[]; resourceCount: number };

/** A refused write, and which control made it (its message shows next to that control). */
export type WriteError = { message: string; from: "status" | "resources" };

type TopicProgress = TopicProgressState & {
  error: WriteError | null;
  setStatus: (status: TopicStatus) => void;
  setResourceDone: (id: string, done: boolean) => void;
};

const Context = createContext<TopicProgress | null>(null);

/**
 * Holds the learner's status and ticks for the topic page it wraps, seeded
 * from the server render. Writes are react-query mutations with optimistic
 * updates: the screen changes at once, the request follows (retried while
 * the server is unreachable), and a refusal puts the previous state back with
 * a message. Writes on one topic share a mutation scope, so they reach the
 * server in the order they were made.
 */
export function TopicProgressProvider({ slug, initial, children }: { slug: string; initial: TopicProgressState; children: ReactNode }) {
  const [state, setState] = useState(initial);
  const [error, setError] = useState<WriteError | null>(null);

  const common = (from: WriteError["from"]) => ({
    scope: { id: `topic:${slug}` },
    retry: retryTransient,
    retryDelay,
    onError: (failure: Error, _: unknown, previous: TopicProgressState | undefined) => {
      if (previous) setState(previous);
      setError({ message: `${failure.message} Your change was undone.`, from });
    },
  });

  const setStatus = useMutation({
    ...common("status"),
    mutationFn: (status: TopicStatus) => sendJson<TopicProgressDto>("PUT", `/api/progress/topics/${slug}`, { status }),
    onMutate: (status: TopicStatus) => {
      setError(null);
      setState({ ...state, status });
      return state;
    },
  });

  const setResourceDone = useMutation({
    ...common("resources"),
    mutationFn: ({ id, done }: { id: string; done: boolean }) =>
      sendJson<ResourceProgressDto>("PUT", `/api/progress/resources/${id}`, { done }),
    onMutate: ({ id, done }: { id: string; done: boolean }) => {
      setError(null);
      const ids = new Set(state.doneResourceIds);
      if (done) ids.add(id);
      else ids.delete(id);
      const status = statusAfterResourceChange(state.status, { done, doneCount: ids.size, total: state.resourceCount });
      setState({ ...state, doneResourceIds: [...ids], status });
      return state;
    },
    // The server's roll-up is the truth (another tab may have ticked too).
    onSuccess: (result: ResourceProgressDto) => setState((current) => ({ ...current, status: result.topicStatus })),
  });

  const value: TopicProgress = {
    ...state,
    error,
    setStatus: (status) => setStatus.mutate(status),
    setResourceDone: (id, done) => setResourceDone.mutate({ id, done }),
  };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The topic progress of the nearest TopicProgressProvider. */
export function useTopicProgress(): TopicProgress {
  const value = useContext(Context);
  if (!value) throw new Error("useTopicProgress needs a TopicProgressProvider");
  return value;
}
