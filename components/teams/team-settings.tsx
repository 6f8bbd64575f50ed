"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { sendJson } from "@/components/progress/api-client";
import { teamNameSchema, type TeamDetailDto, type UpdateTeamInput } from "@/lib/teams/schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/text-field";
import { teamKey, teamUrl, useTeam, useTeamMutation } from "@/components/teams/queries";

const renameSchema = z.object({ name: teamNameSchema });

/** A lead's settings: rename, the progress-visibility switch, delete the team. */
export function TeamSettings({ teamId }: { teamId: string }) {
  const router = useRouter();
  const client = useQueryClient();
  const team = useTeam(teamId).data!;
  const { register, handleSubmit, formState } = useForm<{ name: string }>({ resolver: zodResolver(renameSchema), values: { name: team.name } });
  // The page heading is server-rendered: refresh it after a rename.
  const update = useTeamMutation(teamId, (input: UpdateTeamInput) => ({ method: "PATCH", path: "", body: input }), () => router.refresh());
  // The switch moves at once (the cache is the truth on screen), and back if the server refuses.
  const toggle = useMutation({
    mutationFn: (membersSeeProgress: boolean) => sendJson<TeamDetailDto>("PATCH", teamUrl(teamId), { membersSeeProgress }),
    onMutate: async (membersSeeProgress) => {
      await client.cancelQueries({ queryKey: teamKey(teamId) });
      const before = client.getQueryData<TeamDetailDto>(teamKey(teamId));
      if (before) client.setQueryData<TeamDetailDto>(teamKey(teamId), { ...before, membersSeeProgress });
      return { before };
    },
    onError: (_error, _value, context) => context?.before && client.setQueryData(teamKey(teamId), context.before),
    onSettled: () => client.invalidateQueries({ queryKey: teamKey(teamId) }),
  });
  const remove = useMutation({
    mutationFn: () => sendJson("DELETE", teamUrl(teamId)),
    onSuccess: () => {
      router.push("/teams");
      router.refresh();
    },
  });
  const error = update.error ?? toggle.error ?? remove.error;

  return (
    <div className="flex flex-col gap-5">
      {error && <Alert tone="error">{error.message}</Alert>}
      <form onSubmit={handleSubmit((values) => update.mutate(values))} noValidate aria-label="Rename the team" className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField label="Team name" error={formState.errors.name?.message} {...register("name")} />
        </div>
        <Button type="submit" variant="secondary" disabled={update.isPending}>
          Rename
        </Button>
      </form>
      <label className="flex items-start gap-3 text-sm text-slate-800 dark:text-slate-200">
        <input
          type="checkbox"
          className="mt-0.5 h-5 w-5 accent-indigo-700"
          checked={team.membersSeeProgress}
          onChange={(event) => toggle.mutate(event.target.checked)}
        />
        <span>
          <span className="font-medium">Members can see each other&apos;s progress</span>
          <span className="block text-slate-600 dark:text-slate-400">Off: members see only their own row on the dashboard. Leads always see everyone.</span>
        </span>
      </label>
      <div>
        <ConfirmDialog
          trigger={<Button variant="danger" disabled={remove.isPending}>Delete team</Button>}
          title={`Delete ${team.name}?`}
          description="Its paths, assignments and invites are deleted. Every member keeps their own progress and notes."
          confirmLabel="Delete team"
          onConfirm={() => remove.mutate()}
        />
      </div>
    </div>
  );
}
