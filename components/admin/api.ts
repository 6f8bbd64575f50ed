// The admin editor's reads and writes: query keys and one mutation hook that
// saves through our API, shows the server's message on failure, and refreshes
// the cached view of what it changed.
"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { sendJson } from "@/components/progress/api-client";

export const adminKeys = {
  tracks: ["admin", "tracks"] as const,
  track: (slug: string) => ["admin", "track", slug] as const,
  topic: (slug: string) => ["admin", "topic", slug] as const,
};

type Write = { method: "POST" | "PUT" | "PATCH"; url: string; body: unknown };

/**
 * A write through the admin API. `optimistic` updates the cached view at once
 * (a reorder shows where it was dropped); it is put back if the server refuses.
 * Every key in `refresh` is refetched when the write settles.
 */
export function useAdminWrite<V, T = unknown>({ write, refresh, optimistic, onSuccess }: {
  write: (variables: V) => Write;
  refresh: QueryKey[];
  optimistic?: { key: QueryKey; update: (current: unknown, variables: V) => unknown };
  onSuccess?: (data: T, variables: V) => void;
}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => {
      const { method, url, body } = write(variables);
      return sendJson<T>(method, url, body);
    },
    onMutate: async (variables: V) => {
      if (!optimistic) return undefined;
      await client.cancelQueries({ queryKey: optimistic.key });
      const previous = client.getQueryData(optimistic.key);
      client.setQueryData(optimistic.key, (current: unknown) => optimistic.update(current, variables));
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (optimistic && context) client.setQueryData(optimistic.key, context.previous);
    },
    onSuccess,
    onSettled: () => Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
