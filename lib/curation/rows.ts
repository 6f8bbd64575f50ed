import "server-only";
import type { DbTransaction } from "@/lib/db";
import { ApiError } from "@/lib/errors";
import { permutationError } from "@/lib/curation/policy";

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

/**
 * Applies a new order to a list: `given` must be a permutation of `current`
 * (the active children, in their order) or the call fails with 422 and writes
 * nothing. Returns the old and new order when it changed (the caller audits
 * it), null when `given` is the order already (nothing is written then).
 */
export async function applyOrder(
  field: string,
  current: ReadonlyArray<{ id: string; position: number }>,
  given: readonly string[],
  write: (id: string, position: number) => Promise<unknown>,
): Promise<{ before: string[]; after: string[] } | null> {
  const error = permutationError(given, current.map((row) => row.id));
  if (error) throw new ApiError("validation_failed", `${field}: ${error}`);
  const before = current.map((row) => row.id);
  if (before.join("\u0000") === given.join("\u0000")) return null;
  for (const id of movedIds(given, new Map(current.map((row) => [row.id, row.position])))) {
    await write(id, given.indexOf(id));
  }
  return { before, after: [...given] };
}
