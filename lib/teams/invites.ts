import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { mailEnabled, sendMail } from "@/lib/mail";
import { assertTeamCan, type TeamAccess } from "@/lib/teams/access";
import { INVITE_GONE_MESSAGE, inviteState } from "@/lib/teams/policy";
import type { AcceptedInviteDto, CreatedInviteDto, CreateInviteInput, InviteDto, InvitePreviewDto, TeamRole } from "@/lib/teams/schema";

// Invites: the token is 32 random bytes (base64url) shown once to the lead;
// only its sha256 is stored, so a database leak gives no working links. An
// email-bound invite is single use and only that address may accept it; an
// open link is reusable until it expires or is revoked.

const DAY_MS = 86_400_000;
const NO_INVITE = "No invite with this link.";

/** A fresh invite token: 256 random bits, base64url (43 characters). */
export const newInviteToken = () => randomBytes(32).toString("base64url");
/** What is stored for a token: its sha256, hex. */
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex");
/** The page that accepts an invite. */
export const inviteUrl = (origin: string, token: string) => `${origin}/invites/${token}`;

const inviteSelect = { id: true, email: true, role: true, expiresAt: true, createdAt: true } as const;
const toInviteDto = (row: { id: string; email: string | null; role: TeamRole; expiresAt: Date; createdAt: Date }): InviteDto => ({
  id: row.id,
  email: row.email,
  role: row.role,
  expiresAt: row.expiresAt.toISOString(),
  createdAt: row.createdAt.toISOString(),
});

/**
 * Creates an invite (leads). An email-bound one is also mailed when SMTP_URL is
 * set; a failed send still leaves the invite (the lead can copy the link) and
 * answers `mailed: false`. Inviting someone who is already a member → 409.
 */
export async function createInvite(
  access: TeamAccess,
  input: CreateInviteInput,
  { origin, inviterName }: { origin: string; inviterName: string },
): Promise<CreatedInviteDto> {
  assertTeamCan(access, "invite:create");
  const email = input.email ?? null;
  if (email) {
    const member = await db.teamMembership.findFirst({ where: { teamId: access.teamId, user: { email } }, select: { id: true } });
    if (member) throw new ApiError("conflict", "This person is already a member of the team.");
  }
  const token = newInviteToken();
  const row = await db.teamInvite.create({
    data: {
      teamId: access.teamId,
      tokenHash: hashInviteToken(token),
      email,
      role: input.role,
      expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
      createdById: access.userId,
    },
    select: inviteSelect,
  });
  const url = inviteUrl(origin, token);
  let mailed = false;
  if (email && mailEnabled()) {
    mailed = await sendMail({
      to: email,
      subject: `Join ${access.teamName} on Waypoint`,
      text: [
        `${inviterName} invited you to join the team "${access.teamName}" on Waypoint as a ${input.role === "LEAD" ? "lead" : "member"}.`,
        "",
        `Accept the invitation: ${url}`,
        "",
        `The link works until ${row.expiresAt.toUTCString()}, once, for ${email}.`,
      ].join("\n"),
    }).catch((error: unknown) => {
      console.warn(`[teams] invite mail to ${email} failed: ${(error as Error).message}`);
      return false;
    });
  }
  return { ...toInviteDto(row), token, url, mailed };
}

/** Pending invites of the team (not revoked, not expired, not used up), newest first (leads). */
export async function listInvites(access: TeamAccess, now = new Date()): Promise<InviteDto[]> {
  assertTeamCan(access, "invite:list");
  const rows = await db.teamInvite.findMany({
    where: { teamId: access.teamId, revokedAt: null, expiresAt: { gt: now }, OR: [{ email: null }, { usedAt: null }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: inviteSelect,
  });
  return rows.map(toInviteDto);
}

/** Revokes an invite of the team (leads). Revoking twice is fine; another team's invite → 404. */
export async function revokeInvite(access: TeamAccess, inviteId: string): Promise<void> {
  assertTeamCan(access, "invite:revoke");
  const { count } = await db.teamInvite.updateMany({ where: { id: inviteId, teamId: access.teamId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0 && !(await db.teamInvite.findFirst({ where: { id: inviteId, teamId: access.teamId }, select: { id: true } }))) {
    throw notFound(NO_INVITE);
  }
}

/**
 * What an invite link offers (public: the token is the key). Unknown → 404;
 * revoked, expired or used → 410, except that the person who used an
 * email-bound invite may still look at it. `viewerId` is the signed-in caller, if any.
 */
export async function getInvitePreview(token: string, viewerId: string | null, now = new Date()): Promise<InvitePreviewDto> {
  const invite = await db.teamInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { email: true, role: true, expiresAt: true, revokedAt: true, usedAt: true, usedById: true, team: { select: { id: true, name: true } } },
  });
  if (!invite) throw notFound(NO_INVITE);
  const state = inviteState(invite, now);
  if (state !== "valid" && !(state === "used" && viewerId !== null && invite.usedById === viewerId)) {
    throw new ApiError("gone", INVITE_GONE_MESSAGE[state]);
  }
  const membership = viewerId
    ? await db.teamMembership.findUnique({ where: { teamId_userId: { teamId: invite.team.id, userId: viewerId } }, select: { role: true } })
    : null;
  return { team: invite.team, role: invite.role, email: invite.email, expiresAt: invite.expiresAt.toISOString(), member: membership?.role ?? null };
}

type InviteRow = { id: string; teamId: string; email: string | null; role: TeamRole; expiresAt: Date; revokedAt: Date | null; usedAt: Date | null; usedById: string | null };

/**
 * Joins the team through an invite. Idempotent: accepting again keeps one
 * membership, and someone already in the team keeps their role (a lead is never
 * demoted by an invite). The invite row is locked, so concurrent accepts of
 * one email-bound invite admit one person once.
 */
export async function acceptInvite({ token, userId, email }: { token: string; userId: string; email: string }, now = new Date()): Promise<AcceptedInviteDto> {
  return db.$transaction(async (tx) => {
    const [invite] = await tx.$queryRaw<InviteRow[]>`
      SELECT id, team_id AS "teamId", email, role::text AS role, expires_at AS "expiresAt",
             revoked_at AS "revokedAt", used_at AS "usedAt", used_by_id AS "usedById"
        FROM team_invites WHERE token_hash = ${hashInviteToken(token)} FOR UPDATE`;
    if (!invite) throw notFound(NO_INVITE);
    const state = inviteState(invite, now);
    if (state === "revoked" || state === "expired") throw new ApiError("gone", INVITE_GONE_MESSAGE[state]);
    if (invite.email !== null && invite.email !== email) {
      throw new ApiError("forbidden", "This invite is for another email address. Sign in with the address it was sent to.");
    }
    const roleNow = async () =>
      (await tx.teamMembership.findUnique({ where: { teamId_userId: { teamId: invite.teamId, userId } }, select: { role: true } }))?.role;
    if (state === "used") {
      // The same person retrying (a double click, a reload) gets the same answer; anyone else, 410.
      const role = invite.usedById === userId ? await roleNow() : undefined;
      if (!role) throw new ApiError("gone", INVITE_GONE_MESSAGE.used);
      return { teamId: invite.teamId, role };
    }
    await tx.$executeRaw`
      INSERT INTO team_memberships (id, team_id, user_id, role, joined_at)
      VALUES (${randomUUID()}, ${invite.teamId}, ${userId}, ${invite.role}::"TeamRole", ${now})
      ON CONFLICT (team_id, user_id) DO NOTHING`;
    if (invite.email !== null) {
      await tx.teamInvite.update({ where: { id: invite.id }, data: { usedAt: now, usedById: userId }, select: { id: true } });
    }
    return { teamId: invite.teamId, role: (await roleNow())! };
  });
}
