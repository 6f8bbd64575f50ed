import { describe, expect, it } from "vitest";
import { can } from "@/lib/permissions";

const ADMIN_ONLY = ["catalog:curate", "review:decide", "links:manage", "audit:read", "users:manage"] as const;

describe("can", () => {
  it("lets learners read, record their own progress, use teams and submit to the review queue, nothing more", () => {
    for (const permission of ["catalog:read", "progress:write", "teams:use", "review:submit"] as const) {
      expect(can("LEARNER", permission)).toBe(true);
    }
    for (const permission of ADMIN_ONLY) expect(can("LEARNER", permission)).toBe(false);
  });

  it("gives admins everything learners have, plus curation, the review decisions, link health, the audit log and roles", () => {
    for (const permission of [...ADMIN_ONLY, "catalog:read", "progress:write", "teams:use", "review:submit"] as const) {
      expect(can("ADMIN", permission)).toBe(true);
    }
  });
});
