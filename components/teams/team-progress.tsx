"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { getJson } from "@/components/progress/api-client";
import type { TeamProgressDto } from "@/lib/teams/schema";
import { formatEffort } from "@/lib/catalog/effort-format";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { STATE_LABEL } from "@/components/teams/labels";
import { ProgressMatrix } from "@/components/teams/progress-matrix";
import { teamKey, teamUrl, usePaths } from "@/components/teams/queries";
import type { StateFilter } from "@/components/teams/matrix";
import { QueryView } from "@/components/teams/query-view";

const STATE_FILTERS: { value: StateFilter; label: string }[] = [
  { value: "ALL", label: "Every state" },
  ...(["OVERDUE", "AT_RISK", "ON_TRACK", "DONE"] as const).map((state) => ({ value: state, label: STATE_LABEL[state] })),
  { value: "NONE", label: "Not assigned" },
];

/** The team dashboard: pick a path and a state; the matrix, and for leads the CSV export. */
export function TeamProgress({ teamId, isLead }: { teamId: string; isLead: boolean }) {
  const paths = usePaths(teamId);
  const [chosenPath, setChosenPath] = useState<string | null>(null);
  const [filter, setFilter] = useState<StateFilter>("ALL");
  const pathId = chosenPath ?? paths.data?.[0]?.id ?? null;
  const progress = useQuery({
    queryKey: [...teamKey(teamId), "progress", pathId],
    queryFn: () => getJson<TeamProgressDto>(teamUrl(teamId, `/progress?pathId=${pathId}`)),
    enabled: pathId !== null,
  });

  return (
    <QueryView query={paths} loading="Loading paths…" empty="This team has no learning path yet.">
      {(list) => (
        <div className="flex flex-col gap-4">
          <div className="flex flex-wrap items-end gap-4">
            <SelectField
              label="Path"
              value={pathId ?? ""}
              onChange={(event) => setChosenPath(event.target.value)}
              options={list.map((path) => ({ value: path.id, label: path.title }))}
            />
            <SelectField label="State" value={filter} onChange={(event) => setFilter(event.target.value as StateFilter)} options={STATE_FILTERS} />
            {isLead && pathId && (
              <a href={teamUrl(teamId, `/progress.csv?pathId=${pathId}`)} download className={buttonClasses("secondary")}>
                Export CSV
              </a>
            )}
          </div>
          {progress.isPending ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">Loading progress…</p>
          ) : progress.error ? (
            <Alert tone="error">{progress.error.message}</Alert>
          ) : (
            <>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {progress.data.path.title}: {progress.data.path.items.length} topics, {formatEffort(progress.data.path.effortMinutes)} in all.
                {!progress.data.seesEveryone && " You see only your own row: a lead can let members see each other's progress."}
              </p>
              <ProgressMatrix teamId={teamId} progress={progress.data} filter={filter} isLead={isLead} />
            </>
          )}
        </div>
      )}
    </QueryView>
  );
}
