// The pure half of the importer: which existing row each source item is, what
// differs, and the summary it reports (unit-tested in tests/unit/import-diff.test.ts).

export type Counts = { created: number; updated: number; archived: number };
export type ContentKind = "tracks" | "topics" | "keyPoints" | "resources";
/** A row the import changed in place, archived, or brought back. */
export type ImportChange = { change: "changed" | "archived" | "restored"; kind: ContentKind; label: string; fields?: string[] };
/** What the import did: per kind of row, and the changed/archived/restored rows by name. */
export type ImportSummary = Record<ContentKind, Counts> & {
  mentions: { created: number; updated: number; deleted: number };
  changes: ImportChange[];
};

export function emptySummary(): ImportSummary {
  const counts = (): Counts => ({ created: 0, updated: 0, archived: 0 });
  return { tracks: counts(), topics: counts(), keyPoints: counts(), resources: counts(), mentions: { created: 0, updated: 0, deleted: 0 }, changes: [] };
}

/** The fields of `desired` whose value differs from `existing` (null when none do). */
export function diff<T extends Record<string, unknown>>(existing: Record<string, unknown>, desired: T): Partial<T> | null {
  const changes = Object.fromEntries(Object.entries(desired).filter(([k, v]) => existing[k] !== v)) as Partial<T>;
  return Object.keys(changes).length ? changes : null;
}

/** A resource row as the importer knows it: its seed identity and the source's title at the last import. */
export type KnownResource = { id: string; topicId: string; seedKey: string | null; sourceTitle: string | null };
/** A resource of the source being imported, in its (already stored) topic. */
export type SourceResource = { topicId: string; seedKey: string; title: string };
export type ResourceMatch = { id: string; by: "key" | "title" } | null;

/**
 * The existing row each source resource is (null: a new resource). First by
 * seed key ("<topic slug> <url>": same topic, same URL). Then a resource whose
 * URL changed is matched on the title the source gave it at the last import
 * (`sourceTitle`), in the same topic, among rows whose old URL is no longer in
 * the source, each row at most once. An admin's edits (title, URL) do not
 * enter into it, so they never break the match or duplicate a row.
 */
export function matchResources(source: readonly SourceResource[], known: readonly KnownResource[]): ResourceMatch[] {
  const sourceKeys = new Set(source.map((s) => s.seedKey));
  const byKey = new Map(known.filter((r) => r.seedKey !== null).map((r) => [r.seedKey!, r]));
  const used = new Set<string>();
  const matches: ResourceMatch[] = source.map((s) => {
    const row = byKey.get(s.seedKey);
    if (!row) return null;
    used.add(row.id);
    return { id: row.id, by: "key" };
  });
  source.forEach((s, index) => {
    if (matches[index]) return;
    const row = known.find(
      (r) => !used.has(r.id) && r.topicId === s.topicId && r.seedKey !== null && !sourceKeys.has(r.seedKey) && r.sourceTitle === s.title,
    );
    if (!row) return;
    used.add(row.id);
    matches[index] = { id: row.id, by: "title" };
  });
  return matches;
}

/** The summary as the importer prints it: counts per kind, then at most `limit` changed/archived/restored rows. */
export function formatSummary(summary: ImportSummary, limit = 50): string[] {
  const kinds: ContentKind[] = ["tracks", "topics", "keyPoints", "resources"];
  const lines = [
    `Roadmap import: ${kinds.map((k) => `${k} +${summary[k].created} ~${summary[k].updated} -${summary[k].archived}`).join(", ")}` +
      `, link mentions +${summary.mentions.created} ~${summary.mentions.updated} -${summary.mentions.deleted}` +
      " (+ added, ~ changed, - archived; rows an admin edited are left alone)",
  ];
  for (const item of summary.changes.slice(0, limit)) {
    lines.push(`  ${item.change} ${item.kind.replace(/s$/, "")}: ${item.label}${item.fields?.length ? ` (${item.fields.join(", ")})` : ""}`);
  }
  if (summary.changes.length > limit) lines.push(`  … and ${summary.changes.length - limit} more`);
  return lines;
}
