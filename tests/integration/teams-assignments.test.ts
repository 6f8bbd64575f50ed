// Assignments (due dates in the lead's zone, whole team vs one member,
// duplicates), "Assigned to you" (GET /api/me/assignments), and reminders
// (state-gated, once a day, mailed through a loopback SMTP server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resourceEffort } from "@/lib/catalog/effort";
import { db } from "@/lib/db";
import { apiError, seededTopic, type SeededTopic } from "@/tests/support/progress";
import { startSmtpServer, type SmtpServer } from "@/tests/support/smtp";
import { addMember, createAssignmentRow, createPathRow, createPerson, createTeamRow, dayIn, teamSnapshot, type Person } from "@/tests/support/teams";

let smtp: SmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp?.stop();
});

async function effortOf(topic: SeededTopic) {
  const rows = await db.resource.findMany({ where: { topicId: topic.id, status: "ACTIVE" }, select: { kind: true, effortMinutes: true } });
  return rows.reduce((sum, r) => sum + resourceEffort(r), 0);
}

let nn: SeededTopic, align: SeededTopic, evaluation: SeededTopic;
let lead: Person, member: Person, team: { id: string }, path: { id: string };
beforeAll(async () => {
  [nn, align, evaluation] = (await Promise.all(["neural-networks", "preference-alignment", "evaluation"].map(seededTopic))) as [SeededTopic, SeededTopic, SeededTopic];
  lead = await createPerson({ timeZone: "Europe/Berlin" });
  member = await createPerson({ name: "Mia" });
  team = await createTeamRow({ lead, members: [member], name: "Research" });
  path = await createPathRow(team.id, [nn.slug, align.slug, evaluation.slug], "Alignment");
});

describe("POST /api/teams/{teamId}/assignments", () => {
  it("assigns to the whole team (userId null) or one member, with the defaults", async () => {
    const dueDate = dayIn("Europe/Berlin", 14);
    const whole = await lead.api.createAssignment(team.id, { pathId: path.id, dueDate });
    expect(whole.status).toBe(201);
    const body = whole.body as { id: string; createdAt: string };
    expect(body).toStrictEqual({
      id: body.id,
      pathId: path.id,
      userId: null,
      dueDate,
      hoursPerWeek: 5,
      path: { id: path.id, title: "Alignment" },
      user: null,
      createdAt: body.createdAt,
    });
    const one = await lead.api.createAssignment(team.id, { pathId: path.id, userId: member.id, dueDate, hoursPerWeek: 2.5 });
    expect(one).toMatchObject({ status: 201, body: { userId: member.id, hoursPerWeek: 2.5, user: { id: member.id, name: "Mia" } } });

    // The same path to the same target again → 409, nothing written.
    const before = await teamSnapshot(team.id);
    expect(await lead.api.createAssignment(team.id, { pathId: path.id, dueDate: dayIn("UTC", 30) })).toMatchObject({
      status: 409,
      body: apiError("conflict", "This path is already assigned to the whole team."),
    });
    expect(await lead.api.createAssignment(team.id, { pathId: path.id, userId: member.id, dueDate })).toMatchObject({
      status: 409,
      body: apiError("conflict", "This path is already assigned to this member."),
    });
    expect(await teamSnapshot(team.id)).toStrictEqual(before);
  });

  it("judges 'in the past' in the lead's time zone; today is allowed", async () => {
    const kiri = await createPerson({ timeZone: "Pacific/Kiritimati" }); // UTC+14
    const pago = await createPerson({ timeZone: "Pacific/Pago_Pago" }); // UTC−11
    const t = await createTeamRow({ lead: kiri, members: [{ id: pago.id, teamRole: "LEAD" }] });
    const p = await createPathRow(t.id, [nn.slug]);
    const pagoToday = dayIn("Pacific/Pago_Pago");
    // Pago Pago's today is always yesterday (or the day before) in Kiritimati.
    const before = await teamSnapshot(t.id);
    expect(await kiri.api.createAssignment(t.id, { pathId: p.id, dueDate: pagoToday })).toMatchObject({
      status: 422,
      body: apiError("validation_failed", `dueDate: The due date is in the past (today is ${dayIn("Pacific/Kiritimati")})`),
    });
    expect(await pago.api.createAssignment(t.id, { pathId: p.id, dueDate: dayIn("Pacific/Pago_Pago", -1) })).toMatchObject({ status: 422 });
    expect(await teamSnapshot(t.id)).toStrictEqual(before);
    expect(await pago.api.createAssignment(t.id, { pathId: p.id, dueDate: pagoToday })).toMatchObject({ status: 201, body: { dueDate: pagoToday } });
    expect(await kiri.api.createAssignment(t.id, { pathId: p.id, userId: pago.id, dueDate: dayIn("Pacific/Kiritimati") })).toMatchObject({ status: 201 });
  });

  describe("refuses, 422 and nothing written", () => {
    const future = () => dayIn("UTC", 10);
    const cases: Array<[string, () => Promise<unknown>, string]> = [
      ["an unknown user", async () => ({ pathId: path.id, userId: "cnosuchuser0000000000000", dueDate: future() }), "userId: Not a member of this team"],
      ["a user who is not in the team", async () => ({ pathId: path.id, userId: (await createPerson()).id, dueDate: future() }), "userId: Not a member of this team"],
      ["another team's path", async () => ({ pathId: (await createPathRow((await createTeamRow({ lead: await createPerson() })).id, [nn.slug])).id, dueDate: future() }), "pathId: No path with this id in the team"],
      [
        "an archived path",
        async () => {
          const archived = await createPathRow(team.id, [nn.slug], "Old");
          await db.learningPath.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
          return { pathId: archived.id, dueDate: future() };
        },
        "pathId: This path is archived",
      ],
      ["a date that does not exist", async () => ({ pathId: path.id, dueDate: "2031-02-30" }), "dueDate: No such date"],
      ["a date with a time", async () => ({ pathId: path.id, dueDate: "2031-02-03T10:00:00Z" }), "dueDate: Use a date as YYYY-MM-DD"],
      ["no hours", async () => ({ pathId: path.id, dueDate: future(), hoursPerWeek: 0 }), "hoursPerWeek: hoursPerWeek must be more than 0"],
      ["more hours than a week has", async () => ({ pathId: path.id, dueDate: future(), hoursPerWeek: 169 }), "hoursPerWeek: A week has 168 hours"],
      ["no due date", async () => ({ pathId: path.id }), "dueDate: Invalid input: expected string, received undefined"],
    ];
    it.each(cases)("%s", async (_name, input, message) => {
      const body = await input();
      const before = await teamSnapshot(team.id);
      expect(await lead.api.createAssignment(team.id, body)).toMatchObject({ status: 422, body: apiError("validation_failed", message) });
      expect(await teamSnapshot(team.id)).toStrictEqual(before);
    });
  });
});

describe("GET and DELETE /api/teams/{teamId}/assignments", () => {
  it("members see whole-team assignments and their own unless the team shares progress; leads see all", async () => {
    const l = await createPerson();
    const [a, b] = [await createPerson(), await createPerson()];
    const t = await createTeamRow({ lead: l, members: [a, b] });
    const p = await createPathRow(t.id, [nn.slug]);
    const whole = await createAssignmentRow(t.id, p.id, { dueDate: dayIn("UTC", 5) });
    const forA = await createAssignmentRow(t.id, p.id, { userId: a.id, dueDate: dayIn("UTC", 3) });
    const forB = await createAssignmentRow(t.id, p.id, { userId: b.id, dueDate: dayIn("UTC", 4) });
    const ids = async (person: Person) => ((await person.api.listAssignments(t.id)).body as { id: string }[]).map((x) => x.id);
    expect(await ids(l)).toStrictEqual([forA.id, forB.id, whole.id]); // soonest due first
    expect(await ids(a)).toStrictEqual([forA.id, whole.id]);
    await db.team.update({ where: { id: t.id }, data: { membersSeeProgress: true } });
    expect(await ids(a)).toStrictEqual([forA.id, forB.id, whole.id]);

    expect(await a.api.deleteAssignment(t.id, forB.id)).toMatchObject({ status: 403 });
    expect(await l.api.deleteAssignment(t.id, forB.id)).toMatchObject({ status: 204, body: null });
    expect(await l.api.deleteAssignment(t.id, forB.id)).toMatchObject({ status: 404, body: apiError("not_found", "No assignment with this id in the team.") });
    expect(await ids(l)).toStrictEqual([forA.id, whole.id]);
  });
});

describe("GET /api/me/assignments", () => {
  it("gives each assignment's progress, state, pace and next item; an individual one beats the whole-team one", async () => {
    const l = await createPerson();
    const me = await createPerson({ timeZone: "Asia/Tokyo" });
    const t = await createTeamRow({ lead: l, members: [me], name: "Infra" });
    const p = await createPathRow(t.id, [nn.slug, align.slug, evaluation.slug], "Ops path");
    await createAssignmentRow(t.id, p.id, { dueDate: dayIn("Asia/Tokyo", 60) });
    const mine = await createAssignmentRow(t.id, p.id, { userId: me.id, dueDate: dayIn("Asia/Tokyo", 6), hoursPerWeek: 1 });
    await me.progress.setStatus(nn.slug, { status: "DONE" });
    await me.progress.setStatus(align.slug, { status: "SKIPPED" });
    const remaining = (await effortOf(align)) + (await effortOf(evaluation));
    const res = await me.api.myAssignments();
    expect(res).toMatchObject({ status: 200 });
    expect(res.body).toStrictEqual([
      {
        id: mine.id,
        team: { id: t.id, name: "Infra" },
        path: { id: p.id, title: "Ops path" },
        dueDate: dayIn("Asia/Tokyo", 6),
        hoursPerWeek: 1,
        done: 1,
        total: 3,
        percent: 33,
        remainingMinutes: remaining,
        paceHoursPerWeek: Math.ceil((remaining / (7 / 7) / 60) * 10 - 1e-9) / 10,
        state: remaining > 60 ? "AT_RISK" : "ON_TRACK",
        nextItem: { slug: align.slug, title: align.title },
      },
    ]);
    expect(remaining).toBe(310); // 5 articles (100) + 3 repositories and 2 tools (210): at risk with 1 h/week over 7 days

    // Finishing every item: DONE, pace 0, no next item.
    await me.progress.setStatus(align.slug, { status: "DONE" });
    await me.progress.setStatus(evaluation.slug, { status: "DONE" });
    expect((await me.api.myAssignments()).body).toMatchObject([{ state: "DONE", percent: 100, remainingMinutes: 0, paceHoursPerWeek: 0, nextItem: null }]);

    // Archiving the path removes it; so does leaving the team.
    const other = await createPathRow(t.id, [nn.slug], "Second");
    await createAssignmentRow(t.id, other.id, { dueDate: dayIn("UTC", -2) });
    expect(((await me.api.myAssignments()).body as { state: string }[]).map((x) => x.state)).toStrictEqual(["DONE", "DONE"]);
    await db.learningPath.update({ where: { id: other.id }, data: { status: "ARCHIVED" } });
    expect((await me.api.myAssignments()).body).toHaveLength(1);
    await me.api.removeMember(t.id, me.id);
    expect((await me.api.myAssignments()).body).toStrictEqual([]);
  });

  it("a whole-team assignment covers members who join later; overdue is judged in the member's zone", async () => {
    const l = await createPerson();
    const t = await createTeamRow({ lead: l });
    const p = await createPathRow(t.id, [evaluation.slug]);
    const a = await createAssignmentRow(t.id, p.id, { dueDate: dayIn("UTC", -1) });
    const late = await createPerson({ timeZone: "UTC" });
    expect((await late.api.myAssignments()).body).toStrictEqual([]);
    await addMember(t.id, late.id);
    expect((await late.api.myAssignments()).body).toMatchObject([{ id: a.id, state: "OVERDUE", paceHoursPerWeek: null, nextItem: { slug: evaluation.slug } }]);
  });
});

describe("POST …/assignments/{assignmentId}/reminders", () => {
  it("reminds an overdue member once a day by mail; again → 429 with Retry-After", async () => {
    const l = await createPerson({ name: "Lee" });
    const late = await createPerson({ name: "Lou" });
    const t = await createTeamRow({ lead: l, members: [late], name: "Ops" });
    const p = await createPathRow(t.id, [nn.slug], "Basics");
    const dueDate = dayIn("UTC", -3);
    const a = await createAssignmentRow(t.id, p.id, { dueDate });
    const res = await l.api.remind(t.id, a.id, { userId: late.id });
    expect(res).toMatchObject({ status: 202, body: { assignmentId: a.id, userId: late.id, sentOn: dayIn("UTC"), mailed: true } });
    const [mail] = smtp.to(late.email);
    expect(mail).toMatchObject({ to: [late.email], subject: `Reminder: Basics is due ${dueDate}` });
    expect(mail!.text).toContain('Lee sent you a reminder about the learning path "Basics" in Ops.');
    expect(mail!.text).toContain("Pick up where you left off: http://localhost/");

    const again = await l.api.remind(t.id, a.id, { userId: late.id });
    expect(again).toMatchObject({ status: 429, body: apiError("rate_limited", "Lou was already reminded about this assignment today.") });
    const retryAfter = Number(again.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(await db.reminder.count({ where: { assignmentId: a.id } })).toBe(1);
    expect(smtp.to(late.email)).toHaveLength(1);
  });

  it("concurrent reminders: one row, one mail, one 202 and the rest 429", async () => {
    const l = await createPerson();
    const late = await createPerson();
    const t = await createTeamRow({ lead: l, members: [late] });
    const a = await createAssignmentRow(t.id, (await createPathRow(t.id, [nn.slug])).id, { dueDate: dayIn("UTC", -1) });
    const results = await Promise.all(Array.from({ length: 20 }, () => l.api.remind(t.id, a.id, { userId: late.id })));
    expect(results.map((r) => r.status).sort()).toStrictEqual([202, ...Array(19).fill(429)]);
    expect(await db.reminder.count({ where: { assignmentId: a.id } })).toBe(1);
    expect(smtp.to(late.email)).toHaveLength(1);
  });

  it("only for a member the assignment covers who is at risk or overdue", async () => {
    const l = await createPerson();
    const [onTrack, done, other] = [await createPerson({ name: "Otto" }), await createPerson({ name: "Dee" }), await createPerson()];
    const t = await createTeamRow({ lead: l, members: [onTrack, done, other] });
    const p = await createPathRow(t.id, [align.slug]);
    const whole = await createAssignmentRow(t.id, p.id, { dueDate: dayIn("UTC", 60) });
    const overdueForDone = await createAssignmentRow(t.id, p.id, { userId: done.id, dueDate: dayIn("UTC", -1) });
    await done.progress.setStatus(align.slug, { status: "DONE" });
    const before = await teamSnapshot(t.id);
    expect(await l.api.remind(t.id, whole.id, { userId: onTrack.id })).toMatchObject({
      status: 409,
      body: apiError("conflict", "Reminders are for members who are at risk or overdue; Otto is on track."),
    });
    expect(await l.api.remind(t.id, overdueForDone.id, { userId: done.id })).toMatchObject({
      status: 409,
      body: apiError("conflict", "Reminders are for members who are at risk or overdue; Dee is done."),
    });
    const notCovered = apiError("validation_failed", "userId: This assignment does not cover this user");
    expect(await l.api.remind(t.id, overdueForDone.id, { userId: other.id })).toMatchObject({ status: 422, body: notCovered });
    expect(await l.api.remind(t.id, whole.id, { userId: (await createPerson()).id })).toMatchObject({ status: 422, body: notCovered });
    expect(await l.api.remind(t.id, "cnosuchassignment0000000", { userId: other.id })).toMatchObject({ status: 404 });
    expect(await onTrack.api.remind(t.id, overdueForDone.id, { userId: done.id })).toMatchObject({ status: 403 });
    expect(await teamSnapshot(t.id)).toStrictEqual(before);
  });
});
