import { describe, expect, it } from "vitest";
import { can } from "@/lib/permissions";

describe("can", () => {
  it("lets learners read the catalog and record their own progress, nothing more", () => {
    expect(can("LEARNER", "catalog:read")).toBe(true);
    expect(can("LEARNER", "progress:write")).toBe(true);
    expect(can("LEARNER", "catalog:curate")).toBe(false);
    expect(can("LEARNER", "users:manage")).toBe(false);
  });

  it("gives admins curation and user management on top", () => {
    expect(can("ADMIN", "catalog:curate")).toBe(true);
    expect(can("ADMIN", "users:manage")).toBe(true);
    expect(can("ADMIN", "progress:write")).toBe(true);
  });
});
