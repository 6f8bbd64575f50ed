"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { createInviteSchema, INVITE_DEFAULT_DAYS, INVITE_MAX_DAYS, type CreateInviteInput, type CreatedInviteDto } from "@/lib/teams/schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useInvites, useTeamMutation } from "@/components/teams/queries";
import { QueryView } from "@/components/teams/query-view";
import { ROLE_LABEL, ROLE_OPTIONS } from "@/components/teams/labels";

const emptyToUndefined = (value: string) => (value.trim() === "" ? undefined : value);

/** A lead's invites: make an email-bound or open link, copy it, see the pending ones, revoke. */
export function TeamInvites({ teamId }: { teamId: string }) {
  const invites = useInvites(teamId, true);
  const [created, setCreated] = useState<CreatedInviteDto | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<z.input<typeof createInviteSchema>, unknown, CreateInviteInput>({
    resolver: zodResolver(createInviteSchema),
    defaultValues: { role: "MEMBER", expiresInDays: INVITE_DEFAULT_DAYS },
  });
  const create = useTeamMutation<CreateInviteInput, CreatedInviteDto>(
    teamId,
    (input) => ({ method: "POST", path: "/invites", body: input }),
    (invite) => {
      setCreated(invite);
      reset();
    },
  );
  const revoke = useTeamMutation(teamId, (inviteId: string) => ({ method: "DELETE", path: `/invites/${inviteId}` }));

  return (
    <div className="flex flex-col gap-5">
      <form onSubmit={handleSubmit((values) => create.mutate(values))} noValidate aria-label="Invite people" className="grid gap-3 sm:grid-cols-3">
        {create.error && (
          <div className="sm:col-span-3">
            <Alert tone="error">{create.error.message}</Alert>
          </div>
        )}
        <TextField
          label="Email (optional)"
          type="email"
          hint="Empty: an open link anyone with it can use until it expires."
          error={formState.errors.email?.message}
          {...register("email", { setValueAs: emptyToUndefined })}
        />
        <SelectField label="Role" options={ROLE_OPTIONS} error={formState.errors.role?.message} {...register("role")} />
        <TextField
          label="Expires after (days)"
          type="number"
          min={1}
          max={INVITE_MAX_DAYS}
          error={formState.errors.expiresInDays?.message}
          {...register("expiresInDays", { valueAsNumber: true })}
        />
        <div className="sm:col-span-3">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create invite link"}
          </Button>
        </div>
      </form>
      {created && <CreatedLink invite={created} />}
      <div>
        <h3 className="mb-2 font-semibold text-slate-900 dark:text-slate-50">Pending invites</h3>
        {revoke.error && <Alert tone="error">{revoke.error.message}</Alert>}
        <QueryView query={invites} loading="Loading invites…" empty="No pending invites.">
          {(pending) => (
            <ul aria-label="Pending invites" className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
              {pending.map((invite) => {
                const who = invite.email ?? "Open link";
                return (
                  <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span className="text-slate-800 dark:text-slate-200">
                      <span className="font-medium">{who}</span> · {ROLE_LABEL[invite.role]} · expires{" "}
                      {new Date(invite.expiresAt).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })}
                    </span>
                    <Button variant="secondary" aria-label={`Revoke invite: ${who}`} disabled={revoke.isPending} onClick={() => revoke.mutate(invite.id)}>
                      Revoke
                    </Button>
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

/** The new link, shown this once (only its hash is stored), with a copy button. */
function CreatedLink({ invite }: { invite: CreatedInviteDto }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <Alert tone="success">
        {invite.mailed ? `The invite was emailed to ${invite.email}. ` : ""}
        Copy the link now: it is shown only once.
      </Alert>
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        Invite link
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={invite.url}
          onFocus={(event) => event.target.select()}
          className="min-h-10 flex-1 rounded-md border border-slate-500 bg-white px-3 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100"
        />
        <Button
          variant="secondary"
          onClick={() => navigator.clipboard?.writeText(invite.url).then(() => setCopied(true), () => setCopied(false))}
        >
          Copy link
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {copied ? "Link copied." : ""}
      </p>
    </div>
  );
}
