"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LinkCheckRunDto } from "@/lib/links/schema";
import { getJson, sendJson } from "@/components/progress/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatInstant } from "@/components/links/format";

const isActive = (run?: LinkCheckRunDto | null) => run?.status === "QUEUED" || run?.status === "RUNNING";

function describeRun(run: LinkCheckRunDto): string {
  switch (run.status) {
    case "QUEUED":
      return "Queued: waiting for the worker…";
    case "RUNNING":
      return `Checking: ${run.checked} of ${run.total} links`;
    case "DONE":
      return `Last check finished ${formatInstant(run.finishedAt ?? run.createdAt)}: ${run.total} links checked`;
    case "FAILED":
      return `The last check failed${run.error ? `: ${run.error}` : ""}`;
  }
}

/**
 * "Check now" and the run's progress: the button asks for a run (or gets the
 * one already going), then the run is polled every second while it is queued
 * or running; when it ends, the page's list is reloaded from the server.
 */
export function CheckNow({ initialRun }: { initialRun: LinkCheckRunDto | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [runId, setRunId] = useState(initialRun?.id ?? null);
  const run = useQuery({
    queryKey: ["link-check", runId],
    queryFn: () => getJson<LinkCheckRunDto>(`/api/admin/link-checks/${runId}`),
    enabled: runId !== null,
    initialData: runId !== null && runId === initialRun?.id ? initialRun : undefined,
    refetchInterval: (query) => (isActive(query.state.data) ? 1_000 : false),
  });
  const start = useMutation({
    mutationFn: () => sendJson<LinkCheckRunDto>("POST", "/api/admin/link-checks"),
    onSuccess: (started) => {
      queryClient.setQueryData(["link-check", started.id], started);
      setRunId(started.id);
    },
  });

  const current = run.data ?? null;
  const wasActive = useRef(isActive(current));
  useEffect(() => {
    if (wasActive.current && current && !isActive(current)) router.refresh();
    wasActive.current = isActive(current);
  }, [current, router]);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => start.mutate()} disabled={start.isPending || isActive(current)}>
          {isActive(current) ? "Checking…" : "Check now"}
        </Button>
        <p className="text-sm text-slate-700 dark:text-slate-300" role="status" data-testid="link-check-status">
          {current ? describeRun(current) : "No link check has run yet."}
        </p>
      </div>
      {current?.status === "RUNNING" && current.total > 0 && (
        <progress className="h-2 w-full max-w-md accent-indigo-700" max={current.total} value={current.checked} aria-label="Link check progress" />
      )}
      {start.error && <Alert tone="error">{start.error.message}</Alert>}
    </div>
  );
}
