import { describe, expect, it } from "vitest";
import { isStudyStatus, percent, statusAfterResourceChange } from "@/lib/progress/policy";
import { activityWindow, addDays, computeStreaks, isValidTimeZone, localDate } from "@/lib/progress/activity";

describe("statusAfterResourceChange (the roll-up rule)", () => {
  it("moves a not-started or skipped topic to in progress on the first tick", () => {
    expect(statusAfterResourceChange("NOT_STARTED", { done: true, doneCount: 1, total: 5 })).toBe("IN_PROGRESS");
    expect(statusAfterResourceChange("SKIPPED", { done: true, doneCount: 1, total: 5 })).toBe("IN_PROGRESS");
  });

  it("keeps a status the learner chose while resources remain", () => {
    expect(statusAfterResourceChange("IN_PROGRESS", { done: true, doneCount: 2, total: 5 })).toBe("IN_PROGRESS");
    expect(statusAfterResourceChange("DONE", { done: true, doneCount: 2, total: 5 })).toBe("DONE");
    expect(statusAfterResourceChange("IN_PROGRESS", { done: false, doneCount: 1, total: 5 })).toBe("IN_PROGRESS");
    expect(statusAfterResourceChange("SKIPPED", { done: false, doneCount: 0, total: 5 })).toBe("SKIPPED");
    expect(statusAfterResourceChange("NOT_STARTED", { done: false, doneCount: 0, total: 5 })).toBe("NOT_STARTED");
  });

  it("completes the topic with its last resource and reopens it on an untick", () => {
    expect(statusAfterResourceChange("IN_PROGRESS", { done: true, doneCount: 5, total: 5 })).toBe("DONE");
    expect(statusAfterResourceChange("NOT_STARTED", { done: true, doneCount: 1, total: 1 })).toBe("DONE");
    expect(statusAfterResourceChange("DONE", { done: false, doneCount: 4, total: 5 })).toBe("IN_PROGRESS");
  });

  it("counts only starting and finishing as study", () => {
    expect(["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"].filter((s) => isStudyStatus(s as never))).toEqual([
      "IN_PROGRESS",
      "DONE",
    ]);
  });

  it("rounds percentages and handles empty totals", () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });
});

describe("calendar helpers", () => {
  it("reads the local date in the learner's zone", () => {
    const instant = new Date("2026-03-01T02:30:00Z");
    expect(localDate(instant, "UTC")).toBe("2026-03-01");
    expect(localDate(instant, "America/New_York")).toBe("2026-02-28");
    expect(localDate(instant, "Asia/Tokyo")).toBe("2026-03-01");
  });

  it("steps over month ends, leap days and DST changes", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09"); // US DST starts
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("validates time zones", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("computeStreaks", () => {
  it("counts the run ending today", () => {
    expect(computeStreaks(["2026-11-25", "2026-11-26", "2026-11-27"], "2026-11-27")).toEqual({ current: 3, longest: 3 });
  });

  it("keeps yesterday's streak alive until today is over", () => {
    expect(computeStreaks(["2026-11-25", "2026-11-26"], "2026-11-27")).toEqual({ current: 2, longest: 2 });
  });

  it("breaks after a missed day and remembers the longest run", () => {
    const days = ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-11-20", "2026-11-27"];
    expect(computeStreaks(days, "2026-11-27")).toEqual({ current: 1, longest: 4 });
    expect(computeStreaks(days, "2026-11-29")).toEqual({ current: 0, longest: 4 });
  });

  it("is zero with no activity", () => {
    expect(computeStreaks([], "2026-11-27")).toEqual({ current: 0, longest: 0 });
  });
});

describe("activityWindow", () => {
  it("lists every day of 26 weeks ending today, zeros included", () => {
    const window = activityWindow(new Map([["2026-11-27", 3], ["2026-06-01", 1]]), "2026-11-27");
    expect(window).toHaveLength(182);
    expect(window.at(-1)).toEqual({ date: "2026-11-27", count: 3 });
    expect(window[0]).toEqual({ date: "2026-05-30", count: 0 });
    expect(window.find((d) => d.date === "2026-06-01")?.count).toBe(1);
    expect(window.reduce((sum, d) => sum + d.count, 0)).toBe(4);
  });
});

describe("addDays over four centuries", () => {
  it("agrees with Date for every day from 1900 to 2300", () => {
    const start = Date.UTC(1900, 0, 1);
    for (let day = 0; day < 146_097; day += 7) {
      const expected = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      expect(addDays("1900-01-01", day)).toBe(expected);
    }
  });
});
