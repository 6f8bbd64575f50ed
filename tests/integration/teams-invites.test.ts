// Invites: an email-bound invite is mailed through a real SMTP server on
// loopback and its link works once, for that address only; open links are
// reusable until they expire or are revoked; dead links answer 410, unknown
// ones 404; accepting is idempotent and never demotes; nothing half-written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashInviteToken } from "@/lib/teams/invites";
import { apiError, UNAUTHENTICATED } from "@/tests/support/progress";
import { startSmtpServer, type SmtpServer } from "@/tests/support/smtp";
import { addMember, createInviteRow, createPerson, createTeamRow, teamsApi, teamSnapshot, type Person } from "@/tests/support/teams";

let smtp: SmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  // Read when lib/env is first used, which is after this (nothing in this file touched it yet).
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Waypoint <teams@waypoint.test>";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await smtp?.stop();
});

const GONE = {
  used: apiError("gone", "This invite was already used. Ask a team lead for a new one."),
  expired: apiError("gone", "This invite has expired. Ask a team lead for a new one."),
  revoked: apiError("gone", "This invite was revoked. Ask a team lead for a new one."),
};
const NO_INVITE = apiError("not_found", "No invite with this link.");
const WRONG_ADDRESS = apiError("forbidden", "This invite is for another email address. Sign in with the address it was sent to.");
const DAY = 86_400_000;

type Created = { id: string; token: string; url: string; email: string | null; role: string; expiresAt: string; createdAt: string; mailed: boolean };

let lead: Person;
let team: { id: string };
beforeAll(async () => {
  lead = await createPerson({ name: "Lena Lead" });
  team = await createTeamRow({ lead, name: "Search" });
});

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;

describe("an email-bound invite", () => {
  it("is mailed with a working link, stores only the token's hash, and admits that address once", async () => {
    const invitee = await createPerson({ name: "Ivo" });
    const before = Date.now();
    const res = await lead.api.createInvite(team.id, { email: `  ${invitee.email.toUpperCase()} ` });
    expect(res.status).toBe(201);
    const invite = res.body as Created;
    expect(invite).toStrictEqual({
      id: invite.id,
      token: invite.token,
      url: `http://localhost/invites/${invite.token}`,
      email: invitee.email,
      role: "MEMBER",
      expiresAt: invite.expiresAt,
      createdAt: invite.createdAt,
      mailed: true,
    });
    expect(invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    const expiresIn = Date.parse(invite.expiresAt) - before;
    expect(expiresIn).toBeGreaterThanOrEqual(7 * DAY);
    expect(expiresIn).toBeLessThan(7 * DAY + 60_000);
    const row = await db.teamInvite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.tokenHash).toBe(hashInviteToken(invite.token));
    expect(JSON.stringify(row)).not.toContain(invite.token);

    const [mail] = smtp.to(invitee.email);
    expect(mail).toMatchObject({ from: "teams@waypoint.test", to: [invitee.email], subject: "Join Search on Waypoint" });
    const link = mail!.text.match(/https?:\/\/\S+/)![0];
    expect(link).toBe(invite.url);
    expect(mail!.text).toContain('Lena Lead invited you to join the team "Search" on Waypoint as a member.');

    // The link from the mail works: preview, then accept, then accepting again changes nothing.
    const token = tokenOf(link);
    expect(await teamsApi().previewInvite(token)).toMatchObject({
      status: 200,
      body: { team: { id: team.id, name: "Search" }, role: "MEMBER", email: invitee.email, expiresAt: invite.expiresAt, member: null },
    });
    expect(await invitee.api.acceptInvite(token)).toMatchObject({ status: 200, body: { teamId: team.id, role: "MEMBER" } });
    expect(await invitee.api.acceptInvite(token)).toMatchObject({ status: 200, body: { teamId: team.id, role: "MEMBER" } });
    expect(await invitee.api.previewInvite(token)).toMatchObject({ status: 200, body: { member: "MEMBER" } });
    expect(await db.teamMembership.count({ where: { teamId: team.id, userId: invitee.id } })).toBe(1);
    expect(await db.teamInvite.findUniqueOrThrow({ where: { id: invite.id }, select: { usedById: true } })).toStrictEqual({ usedById: invitee.id });

    // Used: anyone else gets 410 (or 403 when it was not addressed to them); it leaves the pending list.
    const stranger = await createPerson();
    expect(await teamsApi().previewInvite(token)).toMatchObject({ status: 410, body: GONE.used });
    expect(await stranger.api.acceptInvite(token)).toMatchObject({ status: 403, body: WRONG_ADDRESS });
    expect(((await lead.api.listInvites(team.id)).body as { id: string }[]).map((i) => i.id)).not.toContain(invite.id);
  });

  it("only that address may accept (403), and nothing is written", async () => {
    const { token } = await createInviteRow(team.id, { email: "someone-else@test.local" });
    const wrong = await createPerson();
    const before = await teamSnapshot(team.id);
    expect(await wrong.api.acceptInvite(token)).toMatchObject({ status: 403, body: WRONG_ADDRESS });
    expect(await teamSnapshot(team.id)).toStrictEqual(before);
  });

  it("a user who left after accepting cannot come back through the used invite (410)", async () => {
    const invitee = await createPerson();
    const { token } = await createInviteRow(team.id, { email: invitee.email });
    expect((await invitee.api.acceptInvite(token)).status).toBe(200);
    expect((await invitee.api.removeMember(team.id, invitee.id)).status).toBe(204);
    expect(await invitee.api.acceptInvite(token)).toMatchObject({ status: 410, body: GONE.used });
  });

  it("50 concurrent accepts by its addressee: one membership, every answer 200", async () => {
    const invitee = await createPerson();
    const { token, id } = await createInviteRow(team.id, { email: invitee.email });
    const results = await Promise.all(Array.from({ length: 50 }, () => invitee.api.acceptInvite(token)));
    for (const res of results) expect(res).toMatchObject({ status: 200, body: { teamId: team.id, role: "MEMBER" } });
    expect(await db.teamMembership.count({ where: { teamId: team.id, userId: invitee.id } })).toBe(1);
    expect(await db.teamInvite.findUniqueOrThrow({ where: { id }, select: { usedById: true } })).toStrictEqual({ usedById: invitee.id });
  });

  it("inviting an address that is already in the team → 409, nothing written", async () => {
    const member = await createPerson();
    await addMember(team.id, member.id);
    const before = await teamSnapshot(team.id);
    expect(await lead.api.createInvite(team.id, { email: member.email })).toMatchObject({
      status: 409,
      body: apiError("conflict", "This person is already a member of the team."),
    });
    expect(await teamSnapshot(team.id)).toStrictEqual(before);
  });
});

describe("an open invite", () => {
  it("is not mailed, admits anyone signed in, and stays valid for the next person", async () => {
    const sent = smtp.messages.length;
    const res = await lead.api.createInvite(team.id, { role: "LEAD", expiresInDays: 30 });
    expect(res).toMatchObject({ status: 201, body: { email: null, role: "LEAD", mailed: false } });
    const invite = res.body as Created;
    expect(Date.parse(invite.expiresAt) - Date.now()).toBeGreaterThan(29.9 * DAY);
    expect(smtp.messages.length).toBe(sent);
    const [a, b] = [await createPerson(), await createPerson()];
    expect(await a.api.acceptInvite(invite.token)).toMatchObject({ status: 200, body: { teamId: team.id, role: "LEAD" } });
    expect(await b.api.acceptInvite(invite.token)).toMatchObject({ status: 200, body: { teamId: team.id, role: "LEAD" } });
    expect(((await lead.api.listInvites(team.id)).body as { id: string }[]).map((i) => i.id)).toContain(invite.id);
  });

  it("never changes the role of someone already in the team (a lead is not demoted)", async () => {
    const { token } = await createInviteRow(team.id, { role: "MEMBER" });
    expect(await lead.api.acceptInvite(token)).toMatchObject({ status: 200, body: { teamId: team.id, role: "LEAD" } });
    const member = await createPerson();
    await addMember(team.id, member.id);
    const leadInvite = await createInviteRow(team.id, { role: "LEAD" });
    expect(await member.api.acceptInvite(leadInvite.token)).toMatchObject({ status: 200, body: { role: "MEMBER" } });
  });

  it("concurrent accepts of one link by one person: one membership", async () => {
    const joiner = await createPerson();
    const { token } = await createInviteRow(team.id);
    const results = await Promise.all(Array.from({ length: 30 }, () => joiner.api.acceptInvite(token)));
    expect(new Set(results.map((r) => r.status))).toStrictEqual(new Set([200]));
    expect(await db.teamMembership.count({ where: { teamId: team.id, userId: joiner.id } })).toBe(1);
  });
});

describe("dead and unknown invites", () => {
  it("expired, revoked → 410 with a clear message; unknown → 404; nothing written", async () => {
    const person = await createPerson();
    const expired = await createInviteRow(team.id, { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await createInviteRow(team.id, { revokedAt: new Date() });
    const usedUp = await createInviteRow(team.id, { email: person.email, usedAt: new Date() });
    const before = await teamSnapshot(team.id);
    for (const [token, body] of [
      [expired.token, GONE.expired],
      [revoked.token, GONE.revoked],
      [usedUp.token, GONE.used],
    ] as const) {
      expect(await person.api.previewInvite(token)).toMatchObject({ status: 410, body });
      expect(await person.api.acceptInvite(token)).toMatchObject({ status: 410, body });
    }
    const unknown = "A".repeat(43);
    expect(await person.api.previewInvite(unknown)).toMatchObject({ status: 404, body: NO_INVITE });
    expect(await person.api.acceptInvite(unknown)).toMatchObject({ status: 404, body: NO_INVITE });
    expect(await person.api.acceptInvite("short")).toMatchObject({ status: 404 });
    expect(await teamSnapshot(team.id)).toStrictEqual(before);
    expect(await teamsApi().acceptInvite(expired.token)).toMatchObject({ status: 401, body: UNAUTHENTICATED });
  });

  it("a lead revokes a pending invite: it leaves the list and its link answers 410", async () => {
    const invite = (await lead.api.createInvite(team.id, {})).body as Created;
    expect(await lead.api.revokeInvite(team.id, invite.id)).toMatchObject({ status: 204 });
    expect(await lead.api.revokeInvite(team.id, invite.id)).toMatchObject({ status: 204 });
    expect(((await lead.api.listInvites(team.id)).body as { id: string }[]).map((i) => i.id)).not.toContain(invite.id);
    expect(await (await createPerson()).api.acceptInvite(invite.token)).toMatchObject({ status: 410, body: GONE.revoked });
    const otherLead = await createPerson();
    const other = await createTeamRow({ lead: otherLead });
    expect(await otherLead.api.revokeInvite(other.id, invite.id)).toMatchObject({ status: 404, body: NO_INVITE });
  });
});

describe("POST /api/teams/{teamId}/invites input", () => {
  it.each([
    [{ expiresInDays: 31 }, "expiresInDays: An invite lasts at most 30 days"],
    [{ expiresInDays: 0 }, "expiresInDays: An invite lasts at least 1 day"],
    [{ expiresInDays: 1.5 }, "expiresInDays: expiresInDays must be a whole number of days"],
    [{ email: "not an email" }, "email: Enter a valid email address"],
    [{ role: "OWNER" }, 'role: Invalid option: expected one of "LEAD"|"MEMBER"'],
    [{ token: "mine" }, 'Unrecognized key: "token"'],
  ])("%j → 422 %s, nothing written", async (input, message) => {
    const before = await teamSnapshot(team.id);
    expect(await lead.api.createInvite(team.id, input)).toMatchObject({ status: 422, body: apiError("validation_failed", message) });
    expect(await teamSnapshot(team.id)).toStrictEqual(before);
  });

  it("members can neither list nor create invites (403)", async () => {
    const member = await createPerson();
    await addMember(team.id, member.id);
    expect(await member.api.listInvites(team.id)).toMatchObject({ status: 403 });
    expect(await member.api.createInvite(team.id, {})).toMatchObject({ status: 403 });
  });
});
