// THE effort table: how long a resource of each kind takes to study, in
// minutes, when an admin has not set its own estimate. Topics, learning paths,
// assignments ("at risk", pace) and the dashboard all derive from this one
// table, in TypeScript (`resourceEffort`) and in SQL (`resourceEffortSql`).
import { Prisma } from "@/lib/generated/prisma/client";
import type { ResourceKind } from "@/lib/catalog/schema";

export const DEFAULT_EFFORT_MINUTES = {
  VIDEO: 30,
  ARTICLE: 20,
  COURSE: 240,
  DOCUMENTATION: 30,
  REPOSITORY: 60,
  PAPER: 60,
  TOOL: 15,
  BOOK: 300,
  WEBSITE: 20,
} as const satisfies Record<ResourceKind, number>;

/** Minutes a resource takes: its own estimate when an admin set one, else the default for its kind. */
export function resourceEffort(resource: { kind: ResourceKind; effortMinutes: number | null }): number {
  return resource.effortMinutes ?? DEFAULT_EFFORT_MINUTES[resource.kind];
}

/** The same rule as an SQL expression over a `resources` row aliased `alias` (an integer). */
export function resourceEffortSql(alias: string) {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const cases = Object.entries(DEFAULT_EFFORT_MINUTES).map(([kind, minutes]) => Prisma.raw(`WHEN '${kind}' THEN ${minutes}`));
  return Prisma.sql`COALESCE(${column("effort_minutes")}, CASE ${column("kind")}::text ${Prisma.join(cases, " ")} END)`;
}

export { formatEffort } from "@/lib/catalog/effort-format";
