import { describe, expect, it } from "vitest";
import { INVITE_GONE_MESSAGE, inviteState, leavesNoLead, seesEveryone, TEAM_POLICY, teamCan, type TeamAction } from "@/lib/teams/policy";

const LEAD_ONLY: TeamAction[] = [
  "team:update",
  "team:delete",
  "member:changeRole",
  "member:remove",
  "invite:list",
  "invite:create",
  "invite:revoke",
  "path:edit",
  "assignment:edit",
  "progress:export",
  "reminder:send",
];
const EVERYONE: TeamAction[] = ["team:view", "member:leave", "path:view", "assignment:view", "progress:view", "activity:view"];

describe("TEAM_POLICY", () => {
  it("covers every action exactly once in this test (a new action must be classified here)", () => {
    expect([...LEAD_ONLY, ...EVERYONE].sort()).toStrictEqual(Object.keys(TEAM_POLICY).sort());
  });

  it.each(LEAD_ONLY)("%s: leads only", (action) => {
    expect(teamCan("LEAD", action)).toBe(true);
    expect(teamCan("MEMBER", action)).toBe(false);
  });

  it.each(EVERYONE)("%s: leads and members", (action) => {
    expect(teamCan("LEAD", action)).toBe(true);
    expect(teamCan("MEMBER", action)).toBe(true);
  });
});

describe("seesEveryone", () => {
  it("leads always; members only when the team lets them", () => {
    expect(seesEveryone("LEAD", false)).toBe(true);
    expect(seesEveryone("LEAD", true)).toBe(true);
    expect(seesEveryone("MEMBER", false)).toBe(false);
    expect(seesEveryone("MEMBER", true)).toBe(true);
  });
});

describe("leavesNoLead (the last-lead rule)", () => {
  it("refuses to demote, remove or let go the only lead", () => {
    expect(leavesNoLead({ leadCount: 1, currentRole: "LEAD", nextRole: "MEMBER" })).toBe(true);
    expect(leavesNoLead({ leadCount: 1, currentRole: "LEAD", nextRole: null })).toBe(true);
  });

  it("allows it once another lead exists", () => {
    expect(leavesNoLead({ leadCount: 2, currentRole: "LEAD", nextRole: "MEMBER" })).toBe(false);
    expect(leavesNoLead({ leadCount: 2, currentRole: "LEAD", nextRole: null })).toBe(false);
  });

  it("never blocks changes to members or a lead staying lead", () => {
    expect(leavesNoLead({ leadCount: 1, currentRole: "MEMBER", nextRole: null })).toBe(false);
    expect(leavesNoLead({ leadCount: 1, currentRole: "MEMBER", nextRole: "LEAD" })).toBe(false);
    expect(leavesNoLead({ leadCount: 1, currentRole: "LEAD", nextRole: "LEAD" })).toBe(false);
  });
});

describe("inviteState", () => {
  const now = new Date("2026-12-10T12:00:00Z");
  const later = new Date("2026-12-11T12:00:00Z");
  const base = { email: null, expiresAt: later, revokedAt: null, usedAt: null };

  it("an unexpired, unrevoked invite is valid; an open one stays valid after use", () => {
    expect(inviteState(base, now)).toBe("valid");
    expect(inviteState({ ...base, usedAt: now }, now)).toBe("valid");
  });

  it("an email-bound invite is used up by its one use", () => {
    expect(inviteState({ ...base, email: "a@test.local" }, now)).toBe("valid");
    expect(inviteState({ ...base, email: "a@test.local", usedAt: now }, now)).toBe("used");
  });

  it("expires at its expiry instant exactly", () => {
    expect(inviteState({ ...base, expiresAt: new Date(now.getTime() + 1) }, now)).toBe("valid");
    expect(inviteState({ ...base, expiresAt: now }, now)).toBe("expired");
  });

  it("revoked wins over expired, expired over used", () => {
    expect(inviteState({ ...base, email: "a@test.local", usedAt: now, expiresAt: now, revokedAt: now }, now)).toBe("revoked");
    expect(inviteState({ ...base, email: "a@test.local", usedAt: now, expiresAt: now }, now)).toBe("expired");
  });

  it("has a message for every state that answers 410", () => {
    expect(Object.keys(INVITE_GONE_MESSAGE).sort()).toStrictEqual(["expired", "revoked", "used"]);
  });
});
