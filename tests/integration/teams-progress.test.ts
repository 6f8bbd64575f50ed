// The team dashboard (GET /api/teams/{teamId}/progress), its CSV, and the
// team's activity feed: who is shown, what they see (privacy), exact values,
// formula escaping, keyset pagination.
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { resourceEffort } from "@/lib/catalog/effort";
import { db } from "@/lib/db";
import { apiError, seededTopic, type SeededTopic } from "@/tests/support/progress";
import { createAssignmentRow, createPathRow, createPerson, createTeamRow, dayIn, type Person } from "@/tests/support/teams";

type Row = { userId: string; name: string; state: string | null; items: string[]; lastStudiedOn: string | null; dueDate: string | null };
type Progress = { path: { id: string; title: string; effortMinutes: number; items: unknown[] }; seesEveryone: boolean; members: Row[] };
type Activity = { items: { id: string; at: string; user: { id: string; name: string }; topic: { slug: string; title: string }; kind: string }[]; nextCursor: string | null };

async function effortOf(topic: SeededTopic) {
  const rows = await db.resource.findMany({ where: { topicId: topic.id, status: "ACTIVE" }, select: { kind: true, effortMinutes: true } });
  return rows.reduce((sum, r) => sum + resourceEffort(r), 0);
}
const ref = (t: SeededTopic) => ({ slug: t.slug, title: t.title, track: { slug: t.track.slug, title: t.track.title } });

let nn: SeededTopic, align: SeededTopic, evaluation: SeededTopic;
beforeAll(async () => {
  [nn, align, evaluation] = (await Promise.all(["neural-networks", "preference-alignment", "evaluation"].map(seededTopic))) as [SeededTopic, SeededTopic, SeededTopic];
});

describe("GET /api/teams/{teamId}/progress", () => {
  it("lists every member (no state) while nobody is assigned; then those the assignments cover, with exact values", async () => {
    const lead = await createPerson({ name: "Lara" });
    const ann = await createPerson({ name: "Ann", timeZone: "Asia/Tokyo" });
    const bob = await createPerson({ name: "Bob", timeZone: "America/Los_Angeles" });
    const team = await createTeamRow({ lead, members: [ann, bob] });
    const path = await createPathRow(team.id, [nn.slug, align.slug, evaluation.slug], "Core");
    await ann.progress.setStatus(nn.slug, { status: "DONE" });
    await ann.progress.setStatus(align.slug, { status: "IN_PROGRESS" });
    await bob.progress.setStatus(evaluation.slug, { status: "SKIPPED" });
    const efforts = [await effortOf(nn), await effortOf(align), await effortOf(evaluation)];
    const total = efforts.reduce((a, b) => a + b, 0);

    const unassigned = await lead.api.progress(team.id, `?pathId=${path.id}`);
    expect(unassigned.status).toBe(200);
    const body = unassigned.body as Progress;
    expect(body.path).toStrictEqual({
      id: path.id,
      title: "Core",
      effortMinutes: total,
      items: [
        { topic: ref(nn), effortMinutes: efforts[0] },
        { topic: ref(align), effortMinutes: efforts[1] },
        { topic: ref(evaluation), effortMinutes: efforts[2] },
      ],
    });
    expect(body.seesEveryone).toBe(true);
    const today = (zone: string) => dayIn(zone);
    expect(body.members).toStrictEqual([
      {
        userId: ann.id, name: "Ann", email: ann.email, role: "MEMBER", percent: 33, done: 1, total: 3, remainingMinutes: efforts[1]! + efforts[2]!,
        state: null, assignmentId: null, dueDate: null, hoursPerWeek: null, paceHoursPerWeek: null, lastStudiedOn: today("Asia/Tokyo"),
        items: ["DONE", "IN_PROGRESS", "NOT_STARTED"],
      },
      {
        userId: bob.id, name: "Bob", email: bob.email, role: "MEMBER", percent: 0, done: 0, total: 3, remainingMinutes: total,
        state: null, assignmentId: null, dueDate: null, hoursPerWeek: null, paceHoursPerWeek: null, lastStudiedOn: null, // skipping is not study
        items: ["NOT_STARTED", "NOT_STARTED", "SKIPPED"],
      },
      {
        userId: lead.id, name: "Lara", email: lead.email, role: "LEAD", percent: 0, done: 0, total: 3, remainingMinutes: total,
        state: null, assignmentId: null, dueDate: null, hoursPerWeek: null, paceHoursPerWeek: null, lastStudiedOn: null,
        items: ["NOT_STARTED", "NOT_STARTED", "NOT_STARTED"],
      },
    ]);

    // Ann alone is assigned: only she is shown, with her due date and state.
    const forAnn = await createAssignmentRow(team.id, path.id, { userId: ann.id, dueDate: dayIn("Asia/Tokyo", 1), hoursPerWeek: 7 });
    const onlyAnn = (await lead.api.progress(team.id, `?pathId=${path.id}`)).body as Progress;
    expect(onlyAnn.members).toStrictEqual([
      expect.objectContaining({ userId: ann.id, assignmentId: forAnn.id, dueDate: dayIn("Asia/Tokyo", 1), hoursPerWeek: 7, state: "AT_RISK", paceHoursPerWeek: Math.ceil(((efforts[1]! + efforts[2]!) / (2 / 7) / 60) * 10 - 1e-9) / 10 }),
    ]);

    // The whole team too: everyone, Ann keeps her own (individual beats whole-team), Bob is overdue.
    const whole = await createAssignmentRow(team.id, path.id, { dueDate: dayIn("America/Los_Angeles", -1) });
    const all = (await lead.api.progress(team.id, `?pathId=${path.id}`)).body as Progress;
    expect(all.members.map((m) => [m.name, m.dueDate, m.state])).toStrictEqual([
      ["Ann", dayIn("Asia/Tokyo", 1), "AT_RISK"],
      ["Bob", dayIn("America/Los_Angeles", -1), "OVERDUE"],
      ["Lara", dayIn("America/Los_Angeles", -1), "OVERDUE"],
    ]);
    expect((all.members[1] as unknown as { assignmentId: string }).assignmentId).toBe(whole.id);
  });

  it("a member sees only their own row unless the team shares progress; leads always see everyone", async () => {
    const lead = await createPerson({ name: "L" });
    const [a, b] = [await createPerson({ name: "A" }), await createPerson({ name: "B" })];
    const team = await createTeamRow({ lead, members: [a, b] });
    const path = await createPathRow(team.id, [nn.slug]);
    const mine = (await a.api.progress(team.id, `?pathId=${path.id}`)).body as Progress;
    expect(mine.seesEveryone).toBe(false);
    expect(mine.members.map((m) => m.userId)).toStrictEqual([a.id]);
    await db.team.update({ where: { id: team.id }, data: { membersSeeProgress: true } });
    const shared = (await a.api.progress(team.id, `?pathId=${path.id}`)).body as Progress;
    expect(shared.seesEveryone).toBe(true);
    expect(shared.members.map((m) => m.name)).toStrictEqual(["A", "B", "L"]);
  });

  it("last study day: since joining only, in the member's time zone", async () => {
    const lead = await createPerson();
    const tokyo = await createPerson({ timeZone: "Asia/Tokyo" });
    const before = await createPerson();
    const joinedAt = new Date("2025-01-01T00:00:00Z");
    const team = await createTeamRow({ lead, members: [{ id: tokyo.id, joinedAt }, { id: before.id, joinedAt }] });
    const path = await createPathRow(team.id, [nn.slug]);
    await db.studyActivity.createMany({
      data: [
        { userId: tokyo.id, topicId: nn.id, kind: "TOPIC_STATUS", status: "DONE", occurredAt: new Date("2025-06-01T14:59:00Z") }, // 23:59 in Tokyo
        { userId: tokyo.id, topicId: nn.id, kind: "NOTE", occurredAt: new Date("2025-06-01T15:00:00Z") }, // 00:00 on the 2nd
        { userId: before.id, topicId: nn.id, kind: "TOPIC_STATUS", status: "DONE", occurredAt: new Date("2024-12-31T23:59:00Z") },
      ],
    });
    const rows = ((await lead.api.progress(team.id, `?pathId=${path.id}`)).body as Progress).members;
    expect(Object.fromEntries(rows.map((r) => [r.userId, r.lastStudiedOn]))).toStrictEqual({ [lead.id]: null, [tokyo.id]: "2025-06-02", [before.id]: null });
  });

  it("another team's path, an archived one, a missing pathId, an outsider", async () => {
    const lead = await createPerson();
    const team = await createTeamRow({ lead });
    const other = await createTeamRow({ lead: await createPerson() });
    const foreign = await createPathRow(other.id, [nn.slug]);
    const archived = await createPathRow(team.id, [nn.slug]);
    await db.learningPath.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    const noPath = apiError("not_found", "No path with this id in the team.");
    expect(await lead.api.progress(team.id, `?pathId=${foreign.id}`)).toMatchObject({ status: 404, body: noPath });
    expect(await lead.api.progress(team.id, `?pathId=${archived.id}`)).toMatchObject({ status: 404, body: noPath });
    expect(await lead.api.progress(team.id)).toMatchObject({ status: 422, body: apiError("validation_failed", "pathId: Invalid input: expected string, received undefined") });
    expect(await (await createPerson()).api.progress(team.id, `?pathId=${archived.id}`)).toMatchObject({ status: 404, body: apiError("not_found", "No team with this id.") });
  });
});

describe("GET /api/teams/{teamId}/progress.csv", () => {
  it("downloads the matrix with a CSV library; formula cells are escaped; members may not export", async () => {
    const lead = await createPerson({ name: "Lead" });
    const evil = await createPerson({ name: '=HYPERLINK("http://evil.test","click")' });
    const plus = await createPerson({ name: "+1 Tab" });
    const team = await createTeamRow({ lead, members: [evil, plus] });
    const path = await createPathRow(team.id, [nn.slug, align.slug]);
    await createAssignmentRow(team.id, path.id, { dueDate: dayIn("UTC", -1) });
    await evil.progress.setStatus(nn.slug, { status: "DONE" });
    const res = await lead.api.progressCsv(team.id, `?pathId=${path.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="team-progress-\d{4}-\d{2}-\d{2}\.csv"$/);
    const parsed = Papa.parse<string[]>(res.text.trim(), { newline: "\r\n" });
    expect(parsed.errors).toStrictEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toStrictEqual(["name", "email", "role", "state", "percent", "done", "total", "remaining_hours", "due_date", "pace_hours_per_week", "last_studied_on", nn.title, align.title]);
    const alignHours = String(Math.round(((await effortOf(align)) / 60) * 10) / 10);
    const bothHours = String(Math.round((((await effortOf(nn)) + (await effortOf(align))) / 60) * 10) / 10);
    const due = dayIn("UTC", -1);
    expect(rows).toStrictEqual([
      [`'+1 Tab`, plus.email, "member", "overdue", "0", "0", "2", bothHours, due, "", "", "not started", "not started"],
      [`'=HYPERLINK("http://evil.test","click")`, evil.email, "member", "overdue", "50", "1", "2", alignHours, due, "", dayIn("UTC"), "done", "not started"],
      ["Lead", lead.email, "lead", "overdue", "0", "0", "2", bothHours, due, "", "", "not started", "not started"],
    ]);
    expect(await evil.api.progressCsv(team.id, `?pathId=${path.id}`)).toMatchObject({ status: 403 });
  });
});

describe("GET /api/teams/{teamId}/activity", () => {
  it("shows members starting and finishing topics since they joined, never notes, newest first", async () => {
    const lead = await createPerson({ name: "Lead" });
    const ann = await createPerson({ name: "Ann" });
    const outsider = await createPerson();
    const team = await createTeamRow({ lead, members: [{ id: ann.id, joinedAt: new Date(Date.now() - 60_000) }] });
    await db.studyActivity.create({ data: { userId: ann.id, topicId: nn.id, kind: "TOPIC_STATUS", status: "DONE", occurredAt: new Date(Date.now() - 3_600_000) } });
    await ann.progress.setStatus(nn.slug, { status: "IN_PROGRESS" });
    await ann.progress.saveNote(nn.slug, { body: "secret thoughts" });
    await ann.progress.setStatus(nn.slug, { status: "DONE" });
    await ann.progress.setStatus(align.slug, { status: "SKIPPED" });
    for (const id of align.resourceIds) await ann.progress.setDone(id, { done: true }); // the first tick starts it, the last finishes it
    await outsider.progress.setStatus(nn.slug, { status: "DONE" });
    const res = await lead.api.activity(team.id);
    expect(res.status).toBe(200);
    const body = res.body as Activity;
    expect(body.nextCursor).toBeNull();
    expect(body.items.map((i) => [i.user.name, i.topic.slug, i.kind])).toStrictEqual([
      ["Ann", align.slug, "FINISHED"],
      ["Ann", align.slug, "STARTED"],
      ["Ann", nn.slug, "FINISHED"],
      ["Ann", nn.slug, "STARTED"],
    ]);
    expect(body.items[0]).toStrictEqual({ id: body.items[0]!.id, at: body.items[0]!.at, user: { id: ann.id, name: "Ann" }, topic: { slug: align.slug, title: align.title }, kind: "FINISHED" });
    expect(JSON.stringify(body)).not.toContain("secret");
  });

  it("pages newest first with an opaque cursor, ties broken by id, until nextCursor is null", async () => {
    const lead = await createPerson();
    const [a, b] = [await createPerson(), await createPerson()];
    const team = await createTeamRow({ lead, members: [{ id: a.id, joinedAt: new Date("2025-01-01T00:00:00Z") }, { id: b.id, joinedAt: new Date("2025-01-01T00:00:00Z") }] });
    const base = Date.parse("2025-03-01T00:00:00Z");
    // 45 rows, in pairs sharing an instant.
    await db.studyActivity.createMany({
      data: Array.from({ length: 45 }, (_, i) => ({
        userId: i % 2 ? a.id : b.id,
        topicId: nn.id,
        kind: "TOPIC_STATUS" as const,
        status: i % 3 ? ("IN_PROGRESS" as const) : ("DONE" as const),
        occurredAt: new Date(base + Math.floor(i / 2) * 60_000),
      })),
    });
    const seen: Activity["items"] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await lead.api.activity(team.id, cursor ? `?cursor=${encodeURIComponent(cursor)}` : "");
      expect(res.status).toBe(200);
      const page = res.body as Activity;
      expect(page.items.length).toBeLessThanOrEqual(20);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(45);
    expect(new Set(seen.map((i) => i.id)).size).toBe(45);
    const keys = seen.map((i) => [Date.parse(i.at), BigInt(i.id)] as const);
    for (let i = 1; i < keys.length; i++) {
      const [prev, cur] = [keys[i - 1]!, keys[i]!];
      expect(prev[0] > cur[0] || (prev[0] === cur[0] && prev[1] > cur[1])).toBe(true);
    }
    // A member who may not see the others sees only their own.
    const own = (await a.api.activity(team.id)).body as Activity;
    expect(new Set(own.items.map((i) => i.user.id))).toStrictEqual(new Set([a.id]));
  });

  it("a cursor this API did not hand out → 422", async () => {
    const lead = await createPerson();
    const team = await createTeamRow({ lead });
    const bad = ["garbage", Buffer.from("x|y").toString("base64url"), Buffer.from("2025-01-01T00:00:00.000Z|12|3").toString("base64url"), Buffer.from("2025-01-01|12").toString("base64url")];
    for (const cursor of bad) {
      expect(await lead.api.activity(team.id, `?cursor=${cursor}`), cursor).toMatchObject({ status: 422, body: apiError("validation_failed", "cursor: Not a cursor this API returned") });
    }
    expect(await lead.api.activity(team.id, `?cursor=${Buffer.from("2025-01-01T00:00:00.000Z|12").toString("base64url")}`)).toMatchObject({ status: 200, body: { items: [], nextCursor: null } });
  });
});
