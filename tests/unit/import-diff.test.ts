import { describe, expect, it } from "vitest";
import { diff, emptySummary, formatSummary, matchResources, type KnownResource } from "@/seed/import-diff";

const known = (id: string, topicId: string, seedKey: string | null, sourceTitle: string | null): KnownResource => ({ id, topicId, seedKey, sourceTitle });

describe("matchResources", () => {
  const rows = [
    known("r1", "t1", "topic https://a.example", "Alpha"),
    known("r2", "t1", "topic https://b.example", "Beta"),
    known("r3", "t2", "other https://c.example", "Gamma"),
    known("curated", "t1", null, null),
  ];

  it("matches on the seed key first", () => {
    expect(matchResources([{ topicId: "t1", seedKey: "topic https://a.example", title: "Alpha renamed" }], rows)).toStrictEqual([{ id: "r1", by: "key" }]);
  });

  it("matches a changed URL on the source's last title in the same topic, when the old URL left the source", () => {
    const source = [
      { topicId: "t1", seedKey: "topic https://a.example", title: "Alpha" },
      { topicId: "t1", seedKey: "topic https://b2.example", title: "Beta" },
    ];
    expect(matchResources(source, rows)).toStrictEqual([{ id: "r1", by: "key" }, { id: "r2", by: "title" }]);
  });

  it("does not take a row whose URL is still in the source, a row of another topic, or one row twice", () => {
    // r2's URL is still in the source: the new "Beta" is a second resource.
    expect(matchResources([
      { topicId: "t1", seedKey: "topic https://b.example", title: "Beta (old)" },
      { topicId: "t1", seedKey: "topic https://b3.example", title: "Beta" },
    ], rows)).toStrictEqual([{ id: "r2", by: "key" }, null]);
    expect(matchResources([{ topicId: "t1", seedKey: "topic https://c2.example", title: "Gamma" }], rows)).toStrictEqual([null]);
    expect(matchResources([
      { topicId: "t1", seedKey: "topic https://x.example", title: "Alpha" },
      { topicId: "t1", seedKey: "topic https://y.example", title: "Alpha" },
    ], rows)).toStrictEqual([{ id: "r1", by: "title" }, null]);
  });

  it("never matches rows without a seed key (admins' additions)", () => {
    expect(matchResources([{ topicId: "t1", seedKey: "topic https://z.example", title: "" }], [known("curated", "t1", null, "")])).toStrictEqual([null]);
  });
});

describe("diff and the printed summary", () => {
  it("lists the differing fields only", () => {
    expect(diff({ a: 1, b: "x", c: null }, { a: 1, b: "y", c: null })).toStrictEqual({ b: "y" });
    expect(diff({ a: 1 }, { a: 1 })).toBeNull();
  });

  it("prints counts and a bounded list of changed, archived and restored rows", () => {
    const summary = emptySummary();
    summary.topics.archived = 1;
    summary.resources.updated = 1;
    summary.changes.push({ change: "changed", kind: "resources", label: "Real Python", fields: ["url"] });
    summary.changes.push({ change: "archived", kind: "topics", label: "NLP" });
    for (let i = 0; i < 3; i++) summary.changes.push({ change: "restored", kind: "keyPoints", label: `K${i}` });
    expect(formatSummary(summary, 3)).toStrictEqual([
      "Roadmap import: tracks +0 ~0 -0, topics +0 ~0 -1, keyPoints +0 ~0 -0, resources +0 ~1 -0, link mentions +0 ~0 -0 (+ added, ~ changed, - archived; rows an admin edited are left alone)",
      "  changed resource: Real Python (url)",
      "  archived topic: NLP",
      "  restored keyPoint: K0",
      "  … and 2 more",
    ]);
  });
});
