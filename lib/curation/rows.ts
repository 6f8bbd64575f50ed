import "server-only";
import type { DbTransaction } from "@/lib/db";

// Small transaction helpers shared by the curation mutations.

/**
 * Serializes writes to one parent's list of children (creating, restoring,
 * moving in or reordering): held until the transaction ends, so two admins'
 * concurrent edits of one list never interleave their positions.
 */
export async function lockList(tx: DbTransaction, list: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('curation'), hashtext(${list}))`;
}

/** The position after every child of the list (archived ones included), so a new or restored child goes last. */
export function nextPosition(max: number | null | undefined): number {
  return (max ?? -1) + 1;
}

/** The ids whose index in `order` differs from their stored position (the rows a reorder really moves). */
export function movedIds(order: readonly string[], positionOf: ReadonlyMap<string, number>): string[] {
  return order.filter((id, index) => positionOf.get(id) !== index);
}
