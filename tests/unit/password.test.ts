import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";

describe("password hashing", () => {
  it("uses argon2id with a fresh salt each time", async () => {
    const [a, b] = await Promise.all([hashPassword("correct horse"), hashPassword("correct horse")]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it("verifies the right password only", async () => {
    const hash = await hashPassword("correct horse");
    expect(await verifyPassword(hash, "correct horse")).toBe(true);
    expect(await verifyPassword(hash, "correct horsE")).toBe(false);
  });

  it("refuses when there is no hash or it is garbage", async () => {
    expect(await verifyPassword(null, "dummy-password")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
