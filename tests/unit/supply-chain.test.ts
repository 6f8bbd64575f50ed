import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, Record<string, string> | undefined>;
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { version?: string }> };

describe("dependencies", () => {
  it("are pinned to exact versions (no ranges), and the lockfile installs exactly those", () => {
    for (const field of ["dependencies", "devDependencies", "overrides"]) {
      for (const [name, version] of Object.entries(pkg[field] ?? {})) {
        expect(version, `${field}.${name}`).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
        if (field !== "overrides") expect(lock.packages[`node_modules/${name}`]?.version, `lockfile ${name}`).toBe(version);
      }
    }
  });
});
