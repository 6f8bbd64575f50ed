"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { sendJson } from "@/components/progress/api-client";
import { createTeamSchema, type CreateTeamInput, type TeamSummaryDto } from "@/lib/teams/schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** "Create a team": the caller becomes its lead and lands on the new team's page. */
export function CreateTeamForm() {
  const router = useRouter();
  const { register, handleSubmit, formState } = useForm<CreateTeamInput>({ resolver: zodResolver(createTeamSchema) });
  const create = useMutation({
    mutationFn: (input: CreateTeamInput) => sendJson<TeamSummaryDto>("POST", "/api/teams", input),
    onSuccess: (team) => router.push(`/teams/${team.id}`),
  });
  return (
    <form onSubmit={handleSubmit((values) => create.mutate(values))} noValidate aria-label="Create a team" className="flex max-w-lg flex-col gap-3">
      {create.error && <Alert tone="error">{create.error.message}</Alert>}
      <TextField label="Team name" error={formState.errors.name?.message} {...register("name")} />
      <div>
        <Button type="submit" disabled={create.isPending || create.isSuccess}>
          {create.isPending ? "Creating…" : "Create team"}
        </Button>
      </div>
    </form>
  );
}
