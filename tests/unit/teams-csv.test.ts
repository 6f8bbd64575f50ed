import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { teamProgressCsv } from "@/lib/teams/csv";
import { decodeMarks } from "@/lib/teams/progress-sql";
import type { MemberProgressDto, TeamProgressDto } from "@/lib/teams/schema";

const member = (name: string, overrides: Partial<MemberProgressDto> = {}): MemberProgressDto => ({
  userId: `u-${name}`,
  name,
  email: `${name.length}@test.local`,
  role: "MEMBER",
  percent: 50,
  done: 1,
  total: 2,
  remainingMinutes: 90,
  state: "AT_RISK",
  assignmentId: "a1",
  dueDate: "2026-12-24",
  hoursPerWeek: 5,
  paceHoursPerWeek: 3.5,
  lastStudiedOn: "2026-12-01",
  items: ["DONE", "SKIPPED"],
  ...overrides,
});

const progress = (members: MemberProgressDto[]): TeamProgressDto => ({
  path: {
    id: "p1",
    title: "Path",
    effortMinutes: 120,
    items: [
      { topic: { slug: "a", title: "=Topic A", track: { slug: "t", title: "T" } }, effortMinutes: 30 },
      { topic: { slug: "b", title: "Topic, \"B\"", track: { slug: "t", title: "T" } }, effortMinutes: 90 },
    ],
  },
  seesEveryone: true,
  members,
});

const parse = (csv: string) => Papa.parse<string[]>(csv, { newline: "\r\n" }).data;

describe("teamProgressCsv", () => {
  it("writes a header, one row per member, readable labels and hours", () => {
    const rows = parse(teamProgressCsv(progress([member("Ann"), member("Bo", { state: null, dueDate: null, paceHoursPerWeek: null, lastStudiedOn: null })])));
    expect(rows).toStrictEqual([
      ["name", "email", "role", "state", "percent", "done", "total", "remaining_hours", "due_date", "pace_hours_per_week", "last_studied_on", "'=Topic A", 'Topic, "B"'],
      ["Ann", "3@test.local", "member", "at risk", "50", "1", "2", "1.5", "2026-12-24", "3.5", "2026-12-01", "done", "skipped"],
      ["Bo", "2@test.local", "member", "", "50", "1", "2", "1.5", "", "", "", "done", "skipped"],
    ]);
  });

  it.each(["=HYPERLINK(\"http://evil.test\",\"x\")", "+SUM(A1)", "-2+3", "@cmd", "\tTab", "\rCR", "=multi\nline"])("escapes a cell starting like a formula: %j", (name) => {
    const [, row] = parse(teamProgressCsv(progress([member(name)])));
    expect(row![0]).toBe(`'${name}`);
  });

  it("leaves ordinary text alone", () => {
    const [, row] = parse(teamProgressCsv(progress([member("Ann = Lead")])));
    expect(row![0]).toBe("Ann = Lead");
  });
});

describe("decodeMarks", () => {
  it("puts each mark at its item index; the rest are NOT_STARTED", () => {
    expect(decodeMarks([], 3)).toStrictEqual(["NOT_STARTED", "NOT_STARTED", "NOT_STARTED"]);
    // index × 4 + 0 (DONE), 1 (IN_PROGRESS), 2 (SKIPPED)
    expect(decodeMarks([2 * 4 + 0, 0 * 4 + 1, 11 * 4 + 2], 12)).toStrictEqual(["IN_PROGRESS", "NOT_STARTED", "DONE", ...Array(8).fill("NOT_STARTED"), "SKIPPED"]);
  });

  it("ignores marks past the last item and unknown codes", () => {
    expect(decodeMarks([3 * 4 + 0, 1 * 4 + 3], 2)).toStrictEqual(["NOT_STARTED", "NOT_STARTED"]);
  });
});
