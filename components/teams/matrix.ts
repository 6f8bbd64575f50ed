import type { AssignmentState, MemberProgressDto } from "@/lib/teams/schema";

// The team dashboard's filtering and sorting, as pure functions (unit-tested
// in tests/unit/teams-matrix.test.ts). Members without a value for the sorted
// column (no assignment, never studied) always go last, in either direction.

export const SORT_KEYS = ["name", "percent", "state", "dueDate", "lastStudiedOn"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";
export type Sort = { key: SortKey; direction: SortDirection };

/** "ALL", a state, or "NONE" (members without an assignment of the path). */
export type StateFilter = "ALL" | AssignmentState | "NONE";

/** Most urgent first: what a lead acts on. */
const STATE_RANK: Record<AssignmentState, number> = { OVERDUE: 0, AT_RISK: 1, ON_TRACK: 2, DONE: 3 };
const byName = new Intl.Collator("en", { sensitivity: "base" });

type Row = Pick<MemberProgressDto, "userId" | "name" | "percent" | "state" | "dueDate" | "lastStudiedOn">;

/** The members whose state matches the filter. */
export function filterMembers<T extends Row>(members: readonly T[], filter: StateFilter): T[] {
  if (filter === "ALL") return [...members];
  if (filter === "NONE") return members.filter((member) => member.state === null);
  return members.filter((member) => member.state === filter);
}

function value(member: Row, key: SortKey): string | number | null {
  switch (key) {
    case "name":
      return member.name;
    case "percent":
      return member.percent;
    case "state":
      return member.state === null ? null : STATE_RANK[member.state];
    case "dueDate":
      return member.dueDate;
    case "lastStudiedOn":
      return member.lastStudiedOn;
  }
}

/** A sorted copy; ties (and empty values) fall back to the name, then the id, so the order is stable. */
export function sortMembers<T extends Row>(members: readonly T[], { key, direction }: Sort): T[] {
  const sign = direction === "asc" ? 1 : -1;
  const tieBreak = (a: Row, b: Row) => byName.compare(a.name, b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);
  return [...members].sort((a, b) => {
    const [x, y] = [value(a, key), value(b, key)];
    if (x === null || y === null) return x === y ? tieBreak(a, b) : x === null ? 1 : -1;
    const compared = typeof x === "number" && typeof y === "number" ? x - y : byName.compare(String(x), String(y));
    return compared !== 0 ? sign * compared : tieBreak(a, b);
  });
}

/** Clicking a column header: a new column starts ascending (names, dates) or descending (percent); the same column flips. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { key, direction: key === "percent" ? "desc" : "asc" };
}
