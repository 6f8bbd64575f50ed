"use client";

import type { QueryClient, QueryKey } from "@tanstack/react-query";

/**
 * What a progress query keeps in react-query's cache: the state the server
 * last confirmed, and the state shown (confirmed plus the writes on their
 * way). Writes change `shown` at once; a refused write is taken out by
 * replaying the writes still pending over `confirmed`, never by restoring a
 * snapshot (two failed writes in a row would restore one another's state);
 * when the last write settles the query is fetched again.
 */
export type Confirmed<T> = { confirmed: T; shown: T };

export const confirmedOf = <T>(state: T): Confirmed<T> => ({ confirmed: state, shown: state });

/** react-query mutation callbacks that keep a Confirmed<T> query up to date for writes V answered with R. */
export function optimisticWrites<T, V, R>(
  client: QueryClient,
  {
    queryKey,
    apply,
    confirm = (state, variables) => apply(state, variables),
  }: {
    queryKey: QueryKey;
    /** The state after a write, as the page shows it before the server answers. */
    apply: (state: T, variables: V) => T;
    /** The state after the server accepted a write (defaults to `apply`). */
    confirm?: (state: T, variables: V, result: R) => T;
  },
) {
  const update = (change: (cached: Confirmed<T>) => Confirmed<T>) =>
    client.setQueryData<Confirmed<T>>(queryKey, (cached) => (cached ? change(cached) : cached));
  /** The other writes of this query not settled yet, oldest first. */
  const othersPending = (context: unknown) =>
    client
      .getMutationCache()
      .findAll({ mutationKey: queryKey, status: "pending" })
      .filter((mutation) => mutation.state.context !== context);

  return {
    mutationKey: queryKey,
    // Synchronous, so the control shows the change in the same event: a fetch in flight is
    // dropped first (without reverting, which would undo this update when it lands).
    onMutate: (variables: V) => {
      void client.cancelQueries({ queryKey }, { revert: false });
      update((cached) => ({ ...cached, shown: apply(cached.shown, variables) }));
      return { write: variables };
    },
    onSuccess: (result: R, variables: V) => update((cached) => ({ ...cached, confirmed: confirm(cached.confirmed, variables, result) })),
    onError: (_error: Error, _variables: V, context: unknown) =>
      update((cached) => ({ ...cached, shown: othersPending(context).reduce((state, m) => apply(state, m.state.variables as V), cached.confirmed) })),
    onSettled: (_data: R | undefined, _error: Error | null, _variables: V, context: unknown) => {
      if (othersPending(context).length === 0) void client.invalidateQueries({ queryKey });
    },
  };
}
