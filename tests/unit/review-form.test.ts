// The review screen's resource form → the approve request's `resource` edit.
import { describe, expect, it } from "vitest";
import { resourceEdit, resourceFormDefaults, resourceFormSchema } from "@/lib/review/form";
import type { ReviewItemDto } from "@/lib/review/schema";

const base = {
  status: "OPEN",
  decisionReason: null,
  createdAt: "2026-12-03T10:00:00.000Z",
  decidedAt: null,
  topic: { slug: "t", title: "T" },
  reason: null,
  note: null,
  submitter: { id: "u", name: "U", email: "u@test.local" },
  decidedBy: null,
} as const;
const suggestion: ReviewItemDto = { ...base, id: "s", type: "SUGGESTION", title: "Pick", url: "https://example.com/p", kind: null, resource: null };
const report: ReviewItemDto = {
  ...base,
  id: "r",
  type: "REPORT",
  title: "Guide",
  url: "https://example.com/g",
  kind: null,
  reason: "BROKEN",
  resource: { id: "res", title: "Guide", url: "https://example.com/g", kind: "ARTICLE", author: "Ann", note: null, effortMinutes: 45, status: "ACTIVE" },
};

describe("resourceEdit", () => {
  it("sends a suggestion's filled fields, leaving empty ones to the defaults", () => {
    const values = resourceFormDefaults(suggestion);
    expect(values).toStrictEqual({ title: "Pick", url: "https://example.com/p", kind: "", author: "", note: "", effortMinutes: "", archive: false });
    expect(resourceEdit(suggestion, values)).toStrictEqual({ title: "Pick", url: "https://example.com/p" });
    expect(resourceEdit(suggestion, { ...values, kind: "VIDEO", author: "Bo", note: "n", effortMinutes: "30" })).toStrictEqual({
      title: "Pick",
      url: "https://example.com/p",
      kind: "VIDEO",
      author: "Bo",
      note: "n",
      effortMinutes: 30,
    });
  });

  it("sends only what changed on a reported resource (nothing when untouched), clears with null, archives on request", () => {
    const values = resourceFormDefaults(report);
    expect(values).toStrictEqual({ title: "Guide", url: "https://example.com/g", kind: "ARTICLE", author: "Ann", note: "", effortMinutes: "45", archive: false });
    expect(resourceEdit(report, values)).toStrictEqual({});
    expect(resourceEdit(report, { ...values, url: "https://example.com/fixed" })).toStrictEqual({ url: "https://example.com/fixed" });
    expect(resourceEdit(report, { ...values, author: "", effortMinutes: "" })).toStrictEqual({ author: null, effortMinutes: null });
    expect(resourceEdit(report, { ...values, archive: true })).toStrictEqual({ status: "ARCHIVED" });
  });
});

describe("resourceFormSchema", () => {
  it("refuses non-http URLs, empty titles and odd effort values", () => {
    const values = resourceFormDefaults(report);
    expect(resourceFormSchema.safeParse({ ...values, url: "javascript:alert(1)" }).success).toBe(false);
    expect(resourceFormSchema.safeParse({ ...values, title: " " }).success).toBe(false);
    for (const effortMinutes of ["0", "-3", "1.5", "abc", "1000000"]) expect(resourceFormSchema.safeParse({ ...values, effortMinutes }).success).toBe(false);
    expect(resourceFormSchema.safeParse(values).success).toBe(true);
  });
});
