// Team rules as data and pure functions: which team role may do what, the
// last-lead rule, who sees whose progress, and whether an invite still works.
// Being in the team at all is checked first (lib/teams/access.ts): outsiders,
// admins included, get 404 before any of these rules is consulted.
import type { TeamRole } from "@/lib/teams/schema";

const EVERYONE = ["LEAD", "MEMBER"] as const satisfies readonly TeamRole[];
const LEADS = ["LEAD"] as const satisfies readonly TeamRole[];

/** THE table: action → the team roles that may do it. */
export const TEAM_POLICY = {
  "team:view": EVERYONE,
  "team:update": LEADS,
  "team:delete": LEADS,
  "member:changeRole": LEADS,
  /** Removing someone else; leaving (removing yourself) is "member:leave". */
  "member:remove": LEADS,
  "member:leave": EVERYONE,
  "invite:list": LEADS,
  "invite:create": LEADS,
  "invite:revoke": LEADS,
  "path:view": EVERYONE,
  "path:edit": LEADS,
  "assignment:view": EVERYONE,
  "assignment:edit": LEADS,
  "progress:view": EVERYONE,
  "progress:export": LEADS,
  "activity:view": EVERYONE,
  "reminder:send": LEADS,
} as const satisfies Record<string, readonly TeamRole[]>;

export type TeamAction = keyof typeof TEAM_POLICY;

/** Whether a member with `role` may do `action` in their team. */
export function teamCan(role: TeamRole, action: TeamAction): boolean {
  return (TEAM_POLICY[action] as readonly TeamRole[]).includes(role);
}

/**
 * Whether the caller sees every member's progress and activity: leads always,
 * members when a lead turned on "members can see each other's progress".
 * Otherwise a member sees only their own row and their own activity.
 */
export function seesEveryone(role: TeamRole, membersSeeProgress: boolean): boolean {
  return role === "LEAD" || membersSeeProgress;
}

/**
 * The last-lead rule: a change that leaves the team without a lead is refused
 * (409). `nextRole` is the member's role after the change, null when they leave
 * or are removed.
 */
export function leavesNoLead(change: { leadCount: number; currentRole: TeamRole; nextRole: TeamRole | null }): boolean {
  return change.currentRole === "LEAD" && change.nextRole !== "LEAD" && change.leadCount <= 1;
}

export type InviteState = "valid" | "revoked" | "expired" | "used";

/**
 * Whether an invite can still be accepted. Revoked wins over expired, which
 * wins over used; an open invite (no email) is never "used up".
 */
export function inviteState(
  invite: { email: string | null; expiresAt: Date; revokedAt: Date | null; usedAt: Date | null },
  now: Date,
): InviteState {
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  if (invite.email !== null && invite.usedAt) return "used";
  return "valid";
}

/** The 410 message for an invite that no longer works. */
export const INVITE_GONE_MESSAGE: Record<Exclude<InviteState, "valid">, string> = {
  revoked: "This invite was revoked. Ask a team lead for a new one.",
  expired: "This invite has expired. Ask a team lead for a new one.",
  used: "This invite was already used. Ask a team lead for a new one.",
};
