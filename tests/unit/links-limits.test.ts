// The run's concurrency helpers and Retry-After parsing (no network).
import { describe, expect, it } from "vitest";
import { forEachConcurrent, interleaveByHost, KeyedLimiter } from "@/lib/links/limits";
import { parseRetryAfter } from "@/lib/links/checker";

/** A promise and the function that settles it, so a test decides when each task ends. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("KeyedLimiter", () => {
  it("runs at most `limit` tasks per key at once, others in arrival order, and keys independently", async () => {
    const limiter = new KeyedLimiter(2);
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    const runs = gates.map((g, i) => limiter.run(i < 4 ? "a" : "b", async () => (started.push(i), g.opened)));
    await Promise.resolve();
    expect(started).toEqual([0, 1, 4]);
    expect([limiter.active("a"), limiter.active("b")]).toEqual([2, 1]);

    gates[1]!.open();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 4, 2]);
    expect(limiter.active("a")).toBe(2);

    for (const g of gates) g.open();
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 4, 2, 3]);
    expect([limiter.active("a"), limiter.active("b")]).toEqual([0, 0]);
  });

  it("frees the slot when a task throws", async () => {
    const limiter = new KeyedLimiter(1);
    await expect(limiter.run("a", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run("a", async () => "next")).toBe("next");
  });

  it("refuses a limit below one", () => {
    expect(() => new KeyedLimiter(0)).toThrow(RangeError);
  });
});

describe("forEachConcurrent", () => {
  it("keeps `concurrency` tasks in flight and visits every item once", async () => {
    let inFlight = 0;
    let max = 0;
    const seen: number[] = [];
    await forEachConcurrent(Array.from({ length: 20 }, (_, i) => i), 3, async (i) => {
      inFlight++;
      max = Math.max(max, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(i);
      inFlight--;
    });
    expect(max).toBe(3);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("stops taking items once the signal aborts", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    await forEachConcurrent([1, 2, 3, 4, 5], 1, async (i) => {
      seen.push(i);
      if (i === 2) controller.abort();
    }, controller.signal);
    expect(seen).toEqual([1, 2]);
  });

  it("rejects with the first error after the started tasks settle", async () => {
    const seen: number[] = [];
    await expect(
      forEachConcurrent([1, 2, 3, 4], 2, async (i) => {
        seen.push(i);
        if (i === 1) throw new Error("first");
      }),
    ).rejects.toThrow("first");
    expect(seen).toEqual([1, 2]);
  });
});

describe("interleaveByHost", () => {
  it("alternates hosts, keeping each host's order", () => {
    const urls = ["https://a.test/1", "https://a.test/2", "https://a.test/3", "https://b.test/1", "https://c.test/1", "https://b.test/2"];
    expect(interleaveByHost(urls)).toEqual([
      "https://a.test/1",
      "https://b.test/1",
      "https://c.test/1",
      "https://a.test/2",
      "https://b.test/2",
      "https://a.test/3",
    ]);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-12-03T10:00:00Z");
  it.each([
    ["120", 120_000],
    [" 0 ", 0],
    ["Thu, 03 Dec 2026 10:00:30 GMT", 30_000],
    ["Thu, 03 Dec 2026 09:00:00 GMT", 0],
    ["soon", null],
    [null, null],
  ])("%s → %s ms", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
