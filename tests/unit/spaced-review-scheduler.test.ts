import { describe, expect, it } from "vitest";
import { firstCard, nextCard } from "@/lib/spaced-review/scheduler";

const DAY_MS = 86_400_000;
const at = new Date("2026-12-03T12:00:00Z");
const daysUntil = (due: Date, from: Date) => (due.getTime() - from.getTime()) / DAY_MS;

describe("review scheduling (ts-fsrs, whole days, no fuzz)", () => {
  it("treats finishing a topic as a first good recall: back in three days", () => {
    const card = firstCard(at);
    expect(daysUntil(card.dueAt, at)).toBe(3);
    expect(card).toMatchObject({ reps: 1, lapses: 0, scheduledDays: 3 });
  });

  it("orders the next interval by the answer: Again < Hard ≤ Good < Easy, in whole days", () => {
    const due = firstCard(at);
    const later = new Date(due.dueAt.getTime());
    const days = (["AGAIN", "HARD", "GOOD", "EASY"] as const).map((grade) => daysUntil(nextCard(due, grade, later).dueAt, later));
    for (const d of days) expect(Number.isInteger(d) && d >= 1).toBe(true);
    expect(days[0]!).toBeLessThan(days[1]!);
    expect(days[1]!).toBeLessThanOrEqual(days[2]!);
    expect(days[2]!).toBeLessThan(days[3]!);
  });

  it("counts a lapse on Again and is deterministic", () => {
    const card = firstCard(at);
    const later = new Date(card.dueAt.getTime());
    expect(nextCard(card, "AGAIN", later)).toStrictEqual(nextCard(card, "AGAIN", later));
    expect(nextCard(card, "AGAIN", later)).toMatchObject({ reps: 2, lapses: 1 });
  });
});
