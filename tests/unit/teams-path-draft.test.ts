import { describe, expect, it } from "vitest";
import { indexTopics, itemEffort, pathEffort, togglePin } from "@/components/teams/path-draft";

const catalog = [
  {
    slug: "t1",
    title: "Track 1",
    topics: [
      { slug: "a", title: "A", resources: [{ id: "r1", title: "R1", kind: "VIDEO", effortMinutes: 30 }, { id: "r2", title: "R2", kind: "BOOK", effortMinutes: 300 }] },
      { slug: "b", title: "B", resources: [] },
    ],
  },
  { slug: "t2", title: "Track 2", topics: [{ slug: "c", title: "C", resources: [{ id: "r3", title: "R3", kind: "ARTICLE", effortMinutes: 20 }] }] },
];
const topics = indexTopics(catalog);

describe("path draft effort", () => {
  it("indexes every topic with its track", () => {
    expect(topics.get("c")?.track).toEqual({ slug: "t2", title: "Track 2" });
    expect(topics.size).toBe(3);
  });

  it("counts all resources when none is pinned, else only the pinned ones", () => {
    expect(itemEffort(topics.get("a"), [])).toBe(330);
    expect(itemEffort(topics.get("a"), ["r1"])).toBe(30);
    expect(itemEffort(topics.get("b"), [])).toBe(0);
    expect(itemEffort(undefined, [])).toBe(0);
  });

  it("sums a path's items", () => {
    expect(pathEffort(topics, [{ topic: "a", resourceIds: ["r2"] }, { topic: "c", resourceIds: [] }])).toBe(320);
  });

  it("toggles pins in the topic's resource order", () => {
    const a = topics.get("a")!;
    expect(togglePin(a, ["r2"], "r1", true)).toEqual(["r1", "r2"]);
    expect(togglePin(a, ["r1", "r2"], "r1", false)).toEqual(["r2"]);
  });
});
