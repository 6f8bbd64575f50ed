"use client";

import Link from "@/components/ui/link";
import { formatEffort } from "@/lib/catalog/effort-format";
import { plural } from "@/lib/plural";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { usePaths, useTeamMutation } from "@/components/teams/queries";
import { QueryView } from "@/components/teams/query-view";

/** The team's learning paths; leads open the editor, make a new one, or archive one. */
export function TeamPaths({ teamId, isLead }: { teamId: string; isLead: boolean }) {
  const paths = usePaths(teamId);
  const archive = useTeamMutation(teamId, (pathId: string) => ({ method: "DELETE", path: `/paths/${pathId}` }));
  return (
    <div className="flex flex-col gap-3">
      {archive.error && <Alert tone="error">{archive.error.message}</Alert>}
      <QueryView query={paths} loading="Loading paths…" empty="No learning paths yet.">
        {(list) => (
          <ul aria-label="Learning paths" className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
            {list.map((path) => (
              <li key={path.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div>
                  {isLead ? (
                    <Link href={`/teams/${teamId}/paths/${path.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                      {path.title}
                    </Link>
                  ) : (
                    <span className="font-medium text-slate-900 dark:text-slate-100">{path.title}</span>
                  )}
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {plural(path.itemCount, "topic")} · {formatEffort(path.effortMinutes)}
                  </p>
                </div>
                {isLead && (
                  <ConfirmDialog
                    trigger={<Button variant="secondary" aria-label={`Archive ${path.title}`} disabled={archive.isPending}>Archive</Button>}
                    title={`Archive ${path.title}?`}
                    description="The path and its assignments disappear from the team. Nobody's progress changes."
                    confirmLabel="Archive"
                    onConfirm={() => archive.mutate(path.id)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {isLead && (
        <div>
          <Link href={`/teams/${teamId}/paths/new`} className={buttonClasses("primary")}>
            New path
          </Link>
        </div>
      )}
    </div>
  );
}
