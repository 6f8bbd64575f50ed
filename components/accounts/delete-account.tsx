"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { sendJson } from "@/components/progress/api-client";
import { leaveSignedOut } from "@/components/accounts/leave-signed-out";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export type TeamHandoverView = { teamId: string; name: string; outcome: "handed over" | "deleted"; newLead: { name: string } | null };

/**
 * Deletes the account after a clear warning: what goes, and what happens to
 * each team the learner leads alone. Typing the password is the confirmation.
 */
export function DeleteAccount({ handovers }: { handovers: TeamHandoverView[] }) {
  const [password, setPassword] = useState("");
  const [understood, setUnderstood] = useState(false);
  const mutation = useMutation({
    mutationFn: () => sendJson<void>("DELETE", "/api/me", { password }),
    onSuccess: () => leaveSignedOut(),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (understood && password) mutation.mutate();
  };
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <div className="text-sm text-slate-700 dark:text-slate-300">
        <p>This deletes your progress, ticks, notes, study history, team memberships and suggestions for good. It cannot be undone.</p>
        {handovers.length > 0 && (
          <>
            <p className="mt-2 font-medium text-slate-900 dark:text-slate-100">You are the only lead of these teams:</p>
            <ul className="mt-1 list-disc pl-5">
              {handovers.map((team) => (
                <li key={team.teamId}>
                  <span className="font-medium">{team.name}</span>:{" "}
                  {team.newLead ? `${team.newLead.name} becomes its lead.` : "it has no other member and will be deleted."}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} className="mt-1 size-4" />
        I understand that my account and everything in it will be deleted.
      </label>
      <TextField label="Password to confirm" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <div>
        <Button type="submit" variant="danger" disabled={!understood || !password || mutation.isPending}>
          {mutation.isPending ? "Deleting…" : "Delete my account"}
        </Button>
      </div>
      {mutation.isError && <Alert tone="error">{mutation.error.message}</Alert>}
    </form>
  );
}
