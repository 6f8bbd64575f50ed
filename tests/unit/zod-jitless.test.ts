import { describe, expect, it } from "vitest";

// instrumentation-client.ts turns zod's JIT off without importing zod (so
// pages that parse nothing do not load it): it writes the setting where zod
// reads its configuration. If an upgrade moves that, this fails.
describe("zod's jitless setting from instrumentation-client.ts", () => {
  it("is what zod reads, when set before zod loads", async () => {
    await import("../../instrumentation-client");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    // Parsing an object is where zod would otherwise compile a parser with `new Function`.
    const original = globalThis.Function;
    const calls: unknown[] = [];
    globalThis.Function = new Proxy(original, { construct: (target, args) => (calls.push(args), Reflect.construct(target, args)) });
    try {
      expect(z.object({ a: z.string(), b: z.number() }).parse({ a: "x", b: 1 })).toEqual({ a: "x", b: 1 });
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toEqual([]);
  });
});
