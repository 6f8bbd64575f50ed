import { describe, expect, it } from "vitest";
import { filterMembers, nextSort, sortMembers } from "@/components/teams/matrix";
import type { AssignmentState } from "@/lib/teams/schema";

type Row = { userId: string; name: string; percent: number; state: AssignmentState | null; dueDate: string | null; lastStudiedOn: string | null };
const row = (userId: string, name: string, percent: number, state: AssignmentState | null, lastStudiedOn: string | null = null, dueDate: string | null = state ? "2026-12-10" : null): Row => ({
  userId,
  name,
  percent,
  state,
  dueDate,
  lastStudiedOn,
});

const ada = row("u1", "Ada", 50, "AT_RISK", "2026-12-01");
const bob = row("u2", "bob", 100, "DONE", "2026-12-02");
const cy = row("u3", "Cy", 0, "OVERDUE");
const dee = row("u4", "Dee", 20, null, "2026-11-30");
const eve = row("u5", "Eve", 50, "ON_TRACK", "2026-12-02");
const members = [eve, dee, cy, bob, ada];
const names = (rows: Row[]) => rows.map((r) => r.name);

describe("filterMembers", () => {
  it("keeps everyone for ALL, one state, or those without an assignment", () => {
    expect(filterMembers(members, "ALL")).toHaveLength(5);
    expect(names(filterMembers(members, "AT_RISK"))).toEqual(["Ada"]);
    expect(names(filterMembers(members, "NONE"))).toEqual(["Dee"]);
    expect(filterMembers(members, "DONE")).toEqual([bob]);
  });
});

describe("sortMembers", () => {
  it("sorts names case-insensitively both ways", () => {
    expect(names(sortMembers(members, { key: "name", direction: "asc" }))).toEqual(["Ada", "bob", "Cy", "Dee", "Eve"]);
    expect(names(sortMembers(members, { key: "name", direction: "desc" }))).toEqual(["Eve", "Dee", "Cy", "bob", "Ada"]);
  });

  it("breaks percent ties by name", () => {
    expect(names(sortMembers(members, { key: "percent", direction: "desc" }))).toEqual(["bob", "Ada", "Eve", "Dee", "Cy"]);
    expect(names(sortMembers(members, { key: "percent", direction: "asc" }))).toEqual(["Cy", "Dee", "Ada", "Eve", "bob"]);
  });

  it("orders states by urgency and puts members without one last in both directions", () => {
    expect(names(sortMembers(members, { key: "state", direction: "asc" }))).toEqual(["Cy", "Ada", "Eve", "bob", "Dee"]);
    expect(names(sortMembers(members, { key: "state", direction: "desc" }))).toEqual(["bob", "Eve", "Ada", "Cy", "Dee"]);
  });

  it("sorts by last study day with never-studied members last", () => {
    expect(names(sortMembers(members, { key: "lastStudiedOn", direction: "desc" }))).toEqual(["bob", "Eve", "Ada", "Dee", "Cy"]);
    expect(names(sortMembers(members, { key: "lastStudiedOn", direction: "asc" }))).toEqual(["Dee", "Ada", "bob", "Eve", "Cy"]);
  });

  it("does not change its input", () => {
    const input = [...members];
    sortMembers(input, { key: "name", direction: "asc" });
    expect(input).toEqual(members);
  });
});

describe("nextSort", () => {
  it("flips the same column and starts a new one in its natural direction", () => {
    expect(nextSort({ key: "name", direction: "asc" }, "name")).toEqual({ key: "name", direction: "desc" });
    expect(nextSort({ key: "name", direction: "asc" }, "percent")).toEqual({ key: "percent", direction: "desc" });
    expect(nextSort({ key: "percent", direction: "desc" }, "state")).toEqual({ key: "state", direction: "asc" });
  });
});
