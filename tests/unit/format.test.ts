import { describe, expect, it } from "vitest";
import { formatCount, formatDay, formatMonth, formatWeekday } from "@/lib/format";

// Every day of a leap year and the years around it, against Intl's own output.
const days: string[] = [];
for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

describe("lib/format: the same words as Intl, without Intl", () => {
  it("formatDay matches toLocaleDateString('en', month short)", () => {
    for (const day of days) expect(formatDay(day)).toBe(utc(day).toLocaleDateString("en", { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" }));
  });

  it("formatWeekday and formatMonth match en-GB's DateTimeFormat", () => {
    const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
    const month = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
    for (const day of days) {
      expect(formatWeekday(day)).toBe(weekday.format(utc(day)));
      expect(formatMonth(day)).toBe(month.format(utc(day)));
    }
  });

  it("formatCount matches toLocaleString('en') for integers", () => {
    for (const n of [0, 7, 999, 1000, 9999, 10_000, 123_456, 1_234_567, -1, -1000, -987_654_321]) {
      expect(formatCount(n)).toBe(n.toLocaleString("en"));
    }
  });
});
