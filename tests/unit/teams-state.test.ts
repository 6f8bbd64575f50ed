import { describe, expect, it } from "vitest";
import { assignmentProgress, assignmentState, daysLeft, paceHoursPerWeek, pathTotals, type ItemProgress } from "@/lib/teams/state";

const item = (status: ItemProgress["status"], effortMinutes = 60): ItemProgress => ({ status, effortMinutes });

describe("daysLeft counts the due date itself", () => {
  it("due today → 1, tomorrow → 2, yesterday → 0, in a week → 8", () => {
    expect(daysLeft("2026-12-10", "2026-12-10")).toBe(1);
    expect(daysLeft("2026-12-10", "2026-12-11")).toBe(2);
    expect(daysLeft("2026-12-10", "2026-12-09")).toBe(0);
    expect(daysLeft("2026-12-10", "2026-12-17")).toBe(8);
  });

  it("across month, year and a DST change", () => {
    expect(daysLeft("2026-12-31", "2027-01-01")).toBe(2);
    expect(daysLeft("2028-02-28", "2028-03-01")).toBe(3); // leap year
    expect(daysLeft("2026-03-28", "2026-03-30")).toBe(3); // Europe's spring forward is on the 29th
  });
});

describe("pathTotals", () => {
  it("counts DONE only; SKIPPED and IN_PROGRESS remain to do", () => {
    expect(pathTotals([item("DONE", 30), item("SKIPPED", 40), item("IN_PROGRESS", 50), item("NOT_STARTED", 60)])).toStrictEqual({
      done: 1,
      total: 4,
      percent: 25,
      remainingMinutes: 150,
    });
  });

  it("an empty path (every topic archived) is complete", () => {
    expect(pathTotals([])).toStrictEqual({ done: 0, total: 0, percent: 100, remainingMinutes: 0 });
  });
});

describe("assignmentState at its edges", () => {
  const budget = { hoursPerWeek: 7 }; // 60 minutes a day

  it("DONE beats everything, even past the due date", () => {
    expect(assignmentState({ ...budget, remainingMinutes: 0, allDone: true, daysLeft: -3 })).toBe("DONE");
  });

  it("OVERDUE from the day after the due date, however little remains", () => {
    expect(assignmentState({ ...budget, remainingMinutes: 1, allDone: false, daysLeft: 0 })).toBe("OVERDUE");
    expect(assignmentState({ ...budget, remainingMinutes: 0, allDone: false, daysLeft: -1 })).toBe("OVERDUE");
  });

  it("due today: one day of budget; exactly the budget is on track, one minute more is at risk", () => {
    expect(assignmentState({ ...budget, remainingMinutes: 60, allDone: false, daysLeft: 1 })).toBe("ON_TRACK");
    expect(assignmentState({ ...budget, remainingMinutes: 61, allDone: false, daysLeft: 1 })).toBe("AT_RISK");
  });

  it("due tomorrow: two days of budget", () => {
    expect(assignmentState({ ...budget, remainingMinutes: 120, allDone: false, daysLeft: 2 })).toBe("ON_TRACK");
    expect(assignmentState({ ...budget, remainingMinutes: 121, allDone: false, daysLeft: 2 })).toBe("AT_RISK");
  });

  it("nothing left but not all done (items without resources) is on track", () => {
    expect(assignmentState({ ...budget, remainingMinutes: 0, allDone: false, daysLeft: 1 })).toBe("ON_TRACK");
  });
});

describe("paceHoursPerWeek", () => {
  it("remaining / (daysLeft / 7) / 60, rounded up to a tenth", () => {
    expect(paceHoursPerWeek(210, 7)).toBe(3.5);
    expect(paceHoursPerWeek(60, 1)).toBe(7);
    expect(paceHoursPerWeek(100, 7)).toBe(1.7); // 1.666… → 1.7
    expect(paceHoursPerWeek(0, 3)).toBe(0);
  });
});

describe("assignmentProgress judges days in the member's time zone", () => {
  // 2026-12-10T11:00Z is already 2026-12-11 01:00 in Kiritimati (UTC+14) and
  // still 2026-12-10 00:00 in Pago Pago (UTC−11).
  const now = new Date("2026-12-10T11:00:00Z");
  const items = [item("DONE", 60), item("NOT_STARTED", 120)];
  const at = (timeZone: string, dueDate: string) => assignmentProgress({ items, dueDate, hoursPerWeek: 7, timeZone, now });

  it("due 2026-12-10: overdue in Kiritimati, due today in Pago Pago", () => {
    expect(at("Pacific/Kiritimati", "2026-12-10")).toStrictEqual({
      done: 1,
      total: 2,
      percent: 50,
      remainingMinutes: 120,
      paceHoursPerWeek: null,
      state: "OVERDUE",
    });
    expect(at("Pacific/Pago_Pago", "2026-12-10")).toMatchObject({ state: "AT_RISK", paceHoursPerWeek: 14 });
  });

  it("due 2026-12-11: due today in Kiritimati (at risk), tomorrow in Pago Pago (on track)", () => {
    expect(at("Pacific/Kiritimati", "2026-12-11")).toMatchObject({ state: "AT_RISK", paceHoursPerWeek: 14 });
    expect(at("Pacific/Pago_Pago", "2026-12-11")).toMatchObject({ state: "ON_TRACK", paceHoursPerWeek: 7 });
  });

  it("one minute either side of midnight in the member's zone", () => {
    const zone = "Europe/Paris"; // UTC+1 in December
    const before = new Date("2026-12-10T22:59:00Z"); // 23:59 on the 10th
    const after = new Date("2026-12-10T23:00:00Z"); // 00:00 on the 11th
    const progress = (instant: Date) => assignmentProgress({ items, dueDate: "2026-12-10", hoursPerWeek: 70, timeZone: zone, now: instant });
    expect(progress(before).state).toBe("ON_TRACK");
    expect(progress(after).state).toBe("OVERDUE");
  });

  it("DONE has pace 0 and percent 100", () => {
    expect(assignmentProgress({ items: [item("DONE")], dueDate: "2026-01-01", hoursPerWeek: 5, timeZone: "UTC", now })).toStrictEqual({
      done: 1,
      total: 1,
      percent: 100,
      remainingMinutes: 0,
      paceHoursPerWeek: 0,
      state: "DONE",
    });
  });
});
