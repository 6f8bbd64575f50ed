import { describe, expect, it } from "vitest";
import { signInSchema, signUpSchema } from "@/lib/accounts/schema";
import { safeCallbackPath, signInErrorMessage } from "@/lib/accounts/messages";

const valid = { email: "  Ada@Example.COM ", name: " Ada ", password: "correct horse" };

describe("signUpSchema", () => {
  it("normalises email and name", () => {
    expect(signUpSchema.parse(valid)).toEqual({ email: "ada@example.com", name: "Ada", password: "correct horse" });
  });

  it.each([
    ["a 7-character password", { ...valid, password: "1234567" }],
    ["a 129-character password", { ...valid, password: "x".repeat(129) }],
    ["an empty name", { ...valid, name: "   " }],
    ["a 101-character name", { ...valid, name: "n".repeat(101) }],
    ["an invalid email", { ...valid, email: "not-an-email" }],
    ["a 255-character email", { ...valid, email: `${"a".repeat(243)}@example.com` }],
    ["an unknown field", { ...valid, role: "ADMIN" }],
    ["a number for the name", { ...valid, name: 42 }],
  ])("refuses %s", (_, input) => {
    expect(signUpSchema.safeParse(input).success).toBe(false);
  });

  it("accepts passwords of exactly 8 and 128 characters", () => {
    expect(signUpSchema.safeParse({ ...valid, password: "x".repeat(8) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, password: "x".repeat(128) }).success).toBe(true);
  });
});

describe("signInSchema", () => {
  it("bounds the password length before any hashing work", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x".repeat(129) }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
  });
});

describe("sign-in page helpers", () => {
  it("says the same thing for every wrong credential, and something else when throttled", () => {
    expect(signInErrorMessage("invalid_credentials")).toBe("Wrong email or password.");
    expect(signInErrorMessage("credentials")).toBe("Wrong email or password.");
    expect(signInErrorMessage("rate_limited")).toMatch(/Too many failed sign-in attempts/);
    expect(signInErrorMessage(null)).toBeNull();
  });

  it("only follows callback paths on this site", () => {
    expect(safeCallbackPath("/topics/quantization")).toBe("/topics/quantization");
    expect(safeCallbackPath("https://evil.example")).toBe("/");
    expect(safeCallbackPath("//evil.example")).toBe("/");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });

  it("refuses paths that a browser would read as another origin (tab, newline, backslash tricks)", () => {
    for (const trick of ["/\tevil.example", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\\evil.example", "/\\/evil.example", "\\\\evil.example", "/%09/evil.example/..//x", "/.//evil.example", "/a/..//evil.example", "/%2e//evil.example"]) {
      const path = safeCallbackPath(trick);
      // Whatever comes back, the browser must resolve it on our own origin.
      expect(new URL(path, "https://waypoint.test").origin, JSON.stringify(trick)).toBe("https://waypoint.test");
    }
    expect(safeCallbackPath("/\t/evil.example")).toBe("/");
    expect(safeCallbackPath("/teams?tab=1#x")).toBe("/teams?tab=1#x");
    expect(safeCallbackPath("/invites/abc")).toBe("/invites/abc");
  });
});
