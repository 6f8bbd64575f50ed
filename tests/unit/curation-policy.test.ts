import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { httpUrlSchema } from "@/lib/catalog/schema";
import { markdownLinks, relinkMentions } from "@/lib/catalog/mentions";
import { editAction, fieldChanges, permutationError, uniqueSlug } from "@/lib/curation/policy";
import { createResourceSchema, updateResourceSchema, updateTopicSchema } from "@/lib/curation/schema";

describe("permutationError (order lists)", () => {
  const current = ["a", "b", "c"];

  it("accepts every permutation of the current items and nothing else", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 12 }), fc.nat(), (items, seed) => {
        const shuffled = [...items].sort((x, y) => ((x.charCodeAt(0) * 31 + seed) % 7) - ((y.charCodeAt(0) * 31 + seed) % 7));
        expect(permutationError(shuffled, items)).toBeNull();
        if (items.length > 0) {
          expect(permutationError(shuffled.slice(1), items)).not.toBeNull();
          expect(permutationError([...shuffled, shuffled[0]!], items)).not.toBeNull();
        }
        expect(permutationError([...shuffled, "\u0000foreign"], items)).not.toBeNull();
      }),
    );
  });

  it("names the first problem: a duplicate, a foreign item, a missing one", () => {
    expect(permutationError(["c", "a", "b"], current)).toBeNull();
    expect(permutationError(["a", "a", "b", "c"], current)).toBe('"a" is listed twice');
    expect(permutationError(["a", "b", "c", "z"], current)).toBe('"z" is not one of the active items here');
    expect(permutationError(["a", "c"], current)).toBe('"b" is missing: list every active item exactly once');
    expect(permutationError([], [])).toBeNull();
    expect(permutationError([], current)).toBe('"a" is missing: list every active item exactly once');
  });
});

describe("uniqueSlug", () => {
  it("slugifies the title and appends the first free number", () => {
    const taken = new Set(["prompt-engineering", "prompt-engineering-2"]);
    expect(uniqueSlug("Prompt Engineering", (s) => taken.has(s))).toBe("prompt-engineering-3");
    expect(uniqueSlug("Naïve Bayes & Co.", () => false)).toBe("naive-bayes-co");
    expect(uniqueSlug("¿¡!", () => false, "topic")).toBe("topic");
  });

  it("stays within the slug length with room for a suffix", () => {
    const slug = uniqueSlug("word ".repeat(100), (s) => !/-\d+$/.test(s));
    expect(slug.length).toBeLessThanOrEqual(200);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-2$/);
  });
});

describe("fieldChanges and editAction", () => {
  it("keeps only the fields sent that differ, as before and after", () => {
    const current = { title: "A", note: "x" as string | null, effortMinutes: null as number | null, status: "ACTIVE" };
    expect(fieldChanges(current, { title: "A", note: undefined })).toBeNull();
    expect(fieldChanges(current, { title: "B", note: null, effortMinutes: null })).toStrictEqual({ before: { title: "A", note: "x" }, after: { title: "B", note: null } });
  });

  it("names archiving and restoring", () => {
    expect(editAction("resource", "ACTIVE", "ARCHIVED")).toBe("resource.archive");
    expect(editAction("topic", "ARCHIVED", "ACTIVE")).toBe("topic.restore");
    expect(editAction("keyPoint", "ACTIVE", "ACTIVE")).toBe("keyPoint.update");
  });
});

describe("link mentions of edited text", () => {
  it("reads the parser's links from Markdown", () => {
    expect(markdownLinks("See [a](https://a.example/x) and [b](http://b.example) but not [c](javascript:alert(1)).")).toStrictEqual([
      { label: "a", url: "https://a.example/x" },
      { label: "b", url: "http://b.example" },
    ]);
    expect(markdownLinks(null)).toStrictEqual([]);
  });

  it("keeps links that did not come from the old text (a linked name or author) and takes the new text's", () => {
    const name = { label: "LoRA", url: "https://arxiv.org/abs/2106.09685" };
    const existing = [name, { label: "old", url: "https://old.example" }];
    expect(relinkMentions(existing, "see [old](https://old.example)", "see [new](https://new.example)")).toStrictEqual([
      name,
      { label: "new", url: "https://new.example" },
    ]);
  });
});

describe("URLs and bounds of the editing schemas", () => {
  it("accepts only absolute http and https URLs", () => {
    for (const url of ["https://example.com/a?b=c#d", "http://127.0.0.1:8080/x", "  https://example.com  "]) {
      expect(httpUrlSchema.safeParse(url).success, url).toBe(true);
    }
    for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "ftp://x.example", "/relative", "https://", `https://example.com/${"a".repeat(2048)}`]) {
      expect(httpUrlSchema.safeParse(url).success, url).toBe(false);
    }
  });

  it("bounds effort, titles and Markdown, and refuses unknown or empty edits", () => {
    const base = { title: "T", url: "https://example.com", kind: "ARTICLE" };
    expect(createResourceSchema.safeParse({ ...base, effortMinutes: 10_000 }).success).toBe(true);
    expect(createResourceSchema.safeParse({ ...base, effortMinutes: 10_001 }).success).toBe(false);
    expect(createResourceSchema.safeParse({ ...base, effortMinutes: 0 }).success).toBe(false);
    expect(createResourceSchema.safeParse({ ...base, effortMinutes: 2.5 }).success).toBe(false);
    expect(createResourceSchema.parse({ ...base, author: "  ", note: "" })).toMatchObject({ author: null, note: null });
    expect(updateTopicSchema.safeParse({ intro: "x".repeat(20_000) }).success).toBe(true);
    expect(updateTopicSchema.safeParse({ intro: "x".repeat(20_001) }).success).toBe(false);
    expect(updateTopicSchema.safeParse({ title: "x".repeat(201) }).success).toBe(false);
    expect(updateTopicSchema.safeParse({}).success).toBe(false);
    expect(updateResourceSchema.safeParse({ seedKey: "x" }).success).toBe(false);
  });
});
