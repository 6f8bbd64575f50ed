// The audit log: filters (actor, entity type, action, date range), keyset
// pagination newest first, the CSV download with formula cells escaped, and
// no way to change it. Private database: the test counts every event.
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { usePrivateDatabase } from "@/tests/support/private-database";

usePrivateDatabase("waypoint_audit", { seed: false });

let m: typeof import("@/tests/support/admin-api");
type Event = { id: string; at: string; actor: { id: string; name: string; email: string }; action: string; entity: { type: string; id: string; label: string }; before: unknown; after: unknown };
type Page = { items: Event[]; nextCursor: string | null };

const people = {} as Record<"ada" | "bob", { id: string; email: string; api: import("@/tests/support/admin-api").AdminApi }>;

beforeAll(async () => {
  m = await import("@/tests/support/admin-api");
  for (const [key, name] of [["ada", "Ada"], ["bob", "Bob"]] as const) {
    const user = await m.createUser({ role: "ADMIN", name });
    people[key] = { id: user.id, email: user.email, api: m.adminApi(await m.sessionCookie(user)) };
  }
  // Ada: a track, a topic, a resource, an edit. Bob: a track with a formula for a title, then archives it.
  const track = m.ok<{ slug: string }>(await people.ada.api.createTrack({ title: "Audited track" }), 201);
  const topic = m.ok<{ slug: string }>(await people.ada.api.createTopic(track.slug, { title: "Audited topic", intro: "" }), 201);
  const resource = m.ok<{ id: string }>(await people.ada.api.createResource(topic.slug, { title: "Audited", url: "https://example.com/a", kind: "ARTICLE" }), 201);
  m.ok(await people.ada.api.updateResource(resource.id, { title: "Audited, renamed" }));
  const evil = m.ok<{ slug: string }>(await people.bob.api.createTrack({ title: '=HYPERLINK("https://evil.example","click")', summary: "+1" }), 201);
  m.ok(await people.bob.api.updateTrack(evil.slug, { status: "ARCHIVED" }));
  // Two events dated in the past, for the date filters (the log has no route that edits it; the test may).
  const [first, second] = await m.db.auditEvent.findMany({ orderBy: { id: "asc" }, take: 2 });
  await m.db.auditEvent.update({ where: { id: first!.id }, data: { at: new Date("2026-01-10T12:00:00Z") } });
  await m.db.auditEvent.update({ where: { id: second!.id }, data: { at: new Date("2026-02-20T23:59:00Z") } });
});

const actions = (page: Page) => page.items.map((e) => e.action);

describe("GET /api/admin/audit", () => {
  it("lists every event newest first with actor, entity, before and after", async () => {
    const page = m.ok<Page>(await people.ada.api.audit());
    expect(actions(page)).toStrictEqual(["track.archive", "track.create", "resource.update", "resource.create", "topic.create", "track.create"]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[2]).toStrictEqual({
      id: expect.stringMatching(/^\d+$/), at: expect.any(String), actor: { id: people.ada.id, name: "Ada", email: people.ada.email },
      action: "resource.update", entity: { type: "resource", id: expect.any(String), label: "Audited, renamed" },
      before: { title: "Audited" }, after: { title: "Audited, renamed" },
    });
  });

  it("filters by actor (id or email), entity type, action and date range", async () => {
    const { api } = people.ada;
    expect(actions(m.ok<Page>(await api.audit(`?actor=${people.bob.id}`)))).toStrictEqual(["track.archive", "track.create"]);
    expect(actions(m.ok<Page>(await api.audit(`?actor=${encodeURIComponent(people.bob.email.toUpperCase())}`)))).toStrictEqual(["track.archive", "track.create"]);
    expect(actions(m.ok<Page>(await api.audit("?entityType=resource")))).toStrictEqual(["resource.update", "resource.create"]);
    expect(actions(m.ok<Page>(await api.audit("?action=track.create")))).toHaveLength(2);
    expect(actions(m.ok<Page>(await api.audit(`?actor=${people.ada.id}&entityType=track`)))).toStrictEqual(["track.create"]);
    expect(actions(m.ok<Page>(await api.audit("?from=2026-01-01&to=2026-01-31")))).toStrictEqual(["track.create"]);
    expect(actions(m.ok<Page>(await api.audit("?from=2026-01-11&to=2026-02-20")))).toStrictEqual(["topic.create"]);
    expect(actions(m.ok<Page>(await api.audit("?to=2026-02-20T23:58:00Z")))).toStrictEqual(["track.create"]);
    expect(actions(m.ok<Page>(await api.audit("?actor=&entityType=&action=&from=&to=")))).toHaveLength(6);
    for (const query of ["?entityType=planet", "?from=yesterday", "?cursor=abc", "?limit=500", "?page=2"]) {
      expect((await api.audit(query)).status, query).toBe(422);
    }
  });

  it("pages with a cursor: newest first, no event twice or missed", async () => {
    const all = m.ok<Page>(await people.ada.api.audit()).items.map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = m.ok<Page>(await people.ada.api.audit(`?limit=4${cursor ? `&cursor=${cursor}` : ""}`));
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toStrictEqual(all);
    expect(all.map(Number)).toStrictEqual([...all.map(Number)].sort((a, b) => b - a));
  });

  it("cannot be changed through any route: the audit routes answer GET only", async () => {
    for (const module of [await import("@/app/api/admin/audit/route"), await import("@/app/api/admin/audit.csv/route")]) {
      expect(Object.keys(module)).toStrictEqual(["GET"]);
    }
  });
});

describe("GET /api/admin/audit.csv", () => {
  it("downloads the filtered events as CSV, with formula cells escaped", async () => {
    const res = await people.ada.api.auditCsv(`?actor=${people.bob.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="waypoint-audit-\d{4}-\d\d-\d\d\.csv"$/);
    const { data } = Papa.parse<string[]>(res.text.trim());
    expect(data[0]).toStrictEqual(["id", "at", "actorId", "actorName", "actorEmail", "action", "entityType", "entityId", "entityLabel", "before", "after"]);
    expect(data.slice(1).map((row) => [row[3], row[5], row[8]])).toStrictEqual([
      ["Bob", "track.archive", `'=HYPERLINK("https://evil.example","click")`],
      ["Bob", "track.create", `'=HYPERLINK("https://evil.example","click")`],
    ]);
    expect(JSON.parse(data[1]![9]!)).toStrictEqual({ status: "ACTIVE" });
    expect(JSON.parse(data[2]![10]!)).toMatchObject({ summary: "+1", status: "ACTIVE" });
    expect((await people.ada.api.auditCsv("?entityType=user")).text).toBe("id,at,actorId,actorName,actorEmail,action,entityType,entityId,entityLabel,before,after\r\n");
  });
});
