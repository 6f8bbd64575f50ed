// Pure rules of content editing (unit-tested in tests/unit/curation-policy.test.ts).
import { slugify } from "@/lib/catalog/slug";
import type { ContentStatus } from "@/lib/curation/schema";

/**
 * Why `given` is not a reordering of `current` (the parent's active children),
 * or null when it is one: every current id exactly once, nothing else.
 */
export function permutationError(given: readonly string[], current: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of given) {
    if (seen.has(id)) return `"${id}" is listed twice`;
    seen.add(id);
  }
  const known = new Set(current);
  const foreign = given.find((id) => !known.has(id));
  if (foreign !== undefined) return `"${foreign}" is not one of the active items here`;
  const missing = current.find((id) => !seen.has(id));
  if (missing !== undefined) return `"${missing}" is missing: list every active item exactly once`;
  return null;
}

const SLUG_MAX = 200;

/**
 * A slug for a new row: the slug of `title` ("item" when it has no usable
 * characters), with "-2", "-3", … appended until `taken` says it is free.
 */
export function uniqueSlug(title: string, taken: (slug: string) => boolean, fallback = "item"): string {
  const base = (slugify(title) || fallback).slice(0, SLUG_MAX - 6).replace(/-+$/, "");
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** The audit action of an edit: archiving and restoring are named as such, anything else is an update. */
export function editAction(entity: string, before: ContentStatus, after: ContentStatus): string {
  if (before === after) return `${entity}.update`;
  return after === "ARCHIVED" ? `${entity}.archive` : `${entity}.restore`;
}

/**
 * The fields of `patch` (undefined = not sent) whose value differs from
 * `current`, as the before and after halves of an audit record; null when the
 * patch changes nothing (then nothing is written: edits are idempotent).
 */
export function fieldChanges<T extends Record<string, unknown>>(
  current: T,
  patch: { [K in keyof T]?: T[K] },
): { before: Partial<T>; after: Partial<T> } | null {
  const before: Partial<T> = {};
  const after: Partial<T> = {};
  for (const key of Object.keys(patch) as Array<keyof T>) {
    const value = patch[key];
    if (value === undefined || value === current[key]) continue;
    before[key] = current[key];
    after[key] = value as T[keyof T];
  }
  return Object.keys(after).length ? { before, after } : null;
}
