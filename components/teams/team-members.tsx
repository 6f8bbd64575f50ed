"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { sendJson } from "@/components/progress/api-client";
import type { MemberDto, TeamRole } from "@/lib/teams/schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { teamUrl, useTeam, useTeamMutation } from "@/components/teams/queries";
import { ROLE_LABEL, ROLE_OPTIONS } from "@/components/teams/labels";
import { formatDay } from "@/lib/format";

const cell = "px-3 py-2 text-left align-middle";

/**
 * The member list. Leads change roles and remove members; everyone can leave.
 * The last lead's refusals (409) come back as the server's message.
 */
export function TeamMembers({ teamId, viewerId }: { teamId: string; viewerId: string }) {
  const router = useRouter();
  const team = useTeam(teamId).data!;
  const isLead = team.role === "LEAD";
  const changeRole = useTeamMutation(teamId, ({ userId, role }: { userId: string; role: TeamRole }) => ({
    method: "PATCH",
    path: `/members/${userId}`,
    body: { role },
  }));
  const remove = useTeamMutation(teamId, (userId: string) => ({ method: "DELETE", path: `/members/${userId}` }));
  // Leaving ends access to the team: go to the list, refetch nothing of this team.
  const leave = useMutation({
    mutationFn: () => sendJson("DELETE", teamUrl(teamId, `/members/${viewerId}`)),
    onSuccess: () => {
      router.push("/teams");
      router.refresh();
    },
  });
  const error = changeRole.error ?? remove.error ?? leave.error;

  return (
    <div className="flex flex-col gap-3">
      {error && <Alert tone="error">{error.message}</Alert>}
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Members of {team.name}</caption>
          <thead className="border-b border-slate-200 text-slate-700 dark:border-slate-700 dark:text-slate-300">
            <tr>
              <th scope="col" className={cell}>Name</th>
              <th scope="col" className={cell}>Email</th>
              <th scope="col" className={cell}>Role</th>
              <th scope="col" className={cell}>Joined</th>
              <th scope="col" className={cell}><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {team.members.map((member) => (
              <MemberRow
                key={member.userId}
                member={member}
                isSelf={member.userId === viewerId}
                isLead={isLead}
                busy={changeRole.isPending || remove.isPending || leave.isPending}
                onRole={(role) => changeRole.mutate({ userId: member.userId, role })}
                onRemove={() => remove.mutate(member.userId)}
                onLeave={() => leave.mutate()}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

type RowProps = {
  member: MemberDto;
  isSelf: boolean;
  isLead: boolean;
  busy: boolean;
  onRole: (role: TeamRole) => void;
  onRemove: () => void;
  onLeave: () => void;
};

function MemberRow({ member, isSelf, isLead, busy, onRole, onRemove, onLeave }: RowProps) {
  return (
    <tr className="border-b border-slate-100 dark:border-slate-800">
      <th scope="row" className={`${cell} font-medium text-slate-900 dark:text-slate-100`}>
        {member.name}
        {isSelf && <span className="font-normal text-slate-600 dark:text-slate-400"> (you)</span>}
      </th>
      <td className={`${cell} text-slate-700 dark:text-slate-300`}>{member.email}</td>
      <td className={cell}>
        {isLead ? (
          <select
            aria-label={`Role of ${member.name}`}
            value={member.role}
            disabled={busy}
            onChange={(event) => onRole(event.target.value as TeamRole)}
            className="min-h-10 rounded-md border border-slate-500 bg-white px-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
          >
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          ROLE_LABEL[member.role]
        )}
      </td>
      <td className={`${cell} whitespace-nowrap text-slate-700 dark:text-slate-300`}>{formatDay(member.joinedAt.slice(0, 10))}</td>
      <td className={`${cell} text-right`}>
        {isSelf ? (
          <ConfirmDialog
            trigger={<Button variant="secondary" disabled={busy}>Leave team</Button>}
            title="Leave this team?"
            description="You lose access to its paths and dashboard. Your own progress and notes stay yours."
            confirmLabel="Leave team"
            onConfirm={onLeave}
          />
        ) : (
          isLead && (
            <ConfirmDialog
              trigger={<Button variant="secondary" disabled={busy} aria-label={`Remove ${member.name}`}>Remove</Button>}
              title={`Remove ${member.name}?`}
              description="They lose access to the team. Their own progress and notes are not touched."
              confirmLabel="Remove"
              onConfirm={onRemove}
            />
          )
        )}
      </td>
    </tr>
  );
}
