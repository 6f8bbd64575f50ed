import { describe, it, expect } from "vitest";
import { findMojibake, repairMojibake } from "@/seed/mojibake";

// Samples copied from the source document: UTF-8 bytes that were read as Mac Roman.
const MANGLED = "Cl√©mentine ‚Äì It‚Äôs ‚Äúquoted‚Äù ‚Äî \uF8FFüìù Notebooks \uF8FFüíæ LLM Datasets";
const CLEAN = "Clémentine – It’s “quoted” — 📝 Notebooks 💾 LLM Datasets";

describe("repairMojibake", () => {
  it("turns Mac Roman mojibake back into the original UTF-8 text", () => {
    expect(repairMojibake(MANGLED)).toBe(CLEAN);
  });

  it("returns clean or ASCII text unchanged, so repairing twice equals repairing once", () => {
    expect(repairMojibake("plain ASCII: a-b (c) [d](https://e.f)")).toBe("plain ASCII: a-b (c) [d](https://e.f)");
    expect(repairMojibake(CLEAN)).toBe(CLEAN);
    expect(repairMojibake(repairMojibake(MANGLED))).toBe(repairMojibake(MANGLED));
  });

  it("throws instead of mangling a character that has no Mac Roman byte", () => {
    expect(() => repairMojibake("‚Äì 中文")).toThrow(/U\+4E2D/);
  });

  it("throws when the bytes are not valid UTF-8 (half-repaired or not mojibake)", () => {
    expect(() => repairMojibake("Clémentine ‚Äì")).toThrow(/not valid UTF-8/);
    expect(() => repairMojibake("√ 2")).toThrow(/not valid UTF-8/);
  });
});

describe("findMojibake", () => {
  it("lists the suspicious sequences", () => {
    expect(findMojibake("It‚Äôs Cl√©mentine")).toEqual(["‚Äô", "√©"]);
    expect(findMojibake("\uF8FFüìù")).toEqual(["\uF8FF", "üìù"]);
    expect(findMojibake("Ã© and â€™ and \uFFFD")).toEqual(["Ã©", "â€™", "\uFFFD"]);
  });

  it("returns nothing for clean text", () => {
    expect(findMojibake(CLEAN)).toEqual([]);
    expect(findMojibake("Über naïve façade, ü alone")).toEqual([]);
  });
});
