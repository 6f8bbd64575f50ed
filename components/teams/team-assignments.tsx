"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { createAssignmentSchema, DEFAULT_HOURS_PER_WEEK, type CreateAssignmentInput, type PathSummaryDto } from "@/lib/teams/schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useAssignments, usePaths, useTeam, useTeamMutation } from "@/components/teams/queries";
import { formatDay } from "@/lib/format";
import { QueryView } from "@/components/teams/query-view";

const WHOLE_TEAM = "";

/** Assignments: leads assign a path to one member or the whole team with a due date and a weekly budget. */
export function TeamAssignments({ teamId }: { teamId: string }) {
  const team = useTeam(teamId).data!;
  const isLead = team.role === "LEAD";
  const assignments = useAssignments(teamId);
  const remove = useTeamMutation(teamId, (assignmentId: string) => ({ method: "DELETE", path: `/assignments/${assignmentId}` }));
  return (
    <div className="flex flex-col gap-5">
      {isLead && <AssignSection teamId={teamId} />}
      <div>
        <h3 className="mb-2 font-semibold text-slate-900 dark:text-slate-50">Current assignments</h3>
        {remove.error && <Alert tone="error">{remove.error.message}</Alert>}
        <QueryView query={assignments} loading="Loading assignments…" empty="Nothing assigned yet.">
          {(list) => (
            <ul aria-label="Assignments" className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
              {list.map((assignment) => {
                const who = assignment.user?.name ?? "Whole team";
                return (
                  <li key={assignment.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span className="text-slate-800 dark:text-slate-200">
                      <span className="font-medium">{assignment.path.title}</span> → {who} · due {formatDay(assignment.dueDate)} ·{" "}
                      {assignment.hoursPerWeek} h/week
                    </span>
                    {isLead && (
                      <ConfirmDialog
                        trigger={<Button variant="secondary" aria-label={`Delete assignment: ${assignment.path.title} to ${who}`} disabled={remove.isPending}>Delete</Button>}
                        title="Delete this assignment?"
                        description="Nobody's progress changes; the path stays in the team."
                        confirmLabel="Delete"
                        onConfirm={() => remove.mutate(assignment.id)}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </QueryView>
      </div>
    </div>
  );
}

/** The form needs the paths first: its path select starts on the first one. */
function AssignSection({ teamId }: { teamId: string }) {
  return (
    <QueryView query={usePaths(teamId)} loading="Loading paths…" empty="Make a learning path first, then assign it here.">
      {(paths) => <AssignForm teamId={teamId} paths={paths} />}
    </QueryView>
  );
}

function AssignForm({ teamId, paths }: { teamId: string; paths: PathSummaryDto[] }) {
  const team = useTeam(teamId).data!;
  const defaults = { pathId: paths[0]!.id, userId: WHOLE_TEAM, hoursPerWeek: DEFAULT_HOURS_PER_WEEK };
  const { register, handleSubmit, formState, reset } = useForm<z.input<typeof createAssignmentSchema>, unknown, CreateAssignmentInput>({
    resolver: zodResolver(createAssignmentSchema),
    defaultValues: defaults,
  });
  const assign = useTeamMutation(teamId, (input: CreateAssignmentInput) => ({ method: "POST", path: "/assignments", body: input }), () =>
    reset(defaults),
  );
  const pathOptions = paths.map((path) => ({ value: path.id, label: path.title }));
  return (
    <form onSubmit={handleSubmit((values) => assign.mutate(values))} noValidate aria-label="Assign a path" className="grid gap-3 sm:grid-cols-2">
      {assign.error && (
        <div className="sm:col-span-2">
          <Alert tone="error">{assign.error.message}</Alert>
        </div>
      )}
      {assign.isSuccess && (
        <div className="sm:col-span-2">
          <Alert tone="success">Assigned.</Alert>
        </div>
      )}
      <SelectField label="Path" options={pathOptions} error={formState.errors.pathId?.message} {...register("pathId")} />
      <SelectField
        label="Assign to"
        options={[{ value: WHOLE_TEAM, label: "Whole team" }, ...team.members.map((m) => ({ value: m.userId, label: m.name }))]}
        error={formState.errors.userId?.message}
        {...register("userId", { setValueAs: (value: string) => (value === WHOLE_TEAM ? null : value) })}
      />
      <TextField label="Due date" type="date" error={formState.errors.dueDate?.message} {...register("dueDate")} />
      <TextField
        label="Study budget (hours per week)"
        type="number"
        min={0.5}
        step={0.5}
        error={formState.errors.hoursPerWeek?.message}
        {...register("hoursPerWeek", { valueAsNumber: true })}
      />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={assign.isPending}>
          {assign.isPending ? "Assigning…" : "Assign path"}
        </Button>
      </div>
    </form>
  );
}
