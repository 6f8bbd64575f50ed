import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";

type Props<T> = { query: UseQueryResult<T[]>; loading: string; empty: ReactNode; children: (data: T[]) => ReactNode };

/** One list read of the team pages: "Loading…", the error, the empty message, or the list. */
export function QueryView<T>({ query, loading, empty, children }: Props<T>) {
  if (query.isPending) return <p className="text-sm text-slate-600 dark:text-slate-400">{loading}</p>;
  if (query.error) return <Alert tone="error">{query.error.message}</Alert>;
  if (query.data.length === 0) return <p className="text-sm text-slate-700 dark:text-slate-300">{empty}</p>;
  return <>{children(query.data)}</>;
}
