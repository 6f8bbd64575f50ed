// Links inside content (a topic intro, a key point, a resource's author and
// note) are kept as link_mentions rows, so link health can check them. Both the
// importer (seed/, run by tsx outside Next) and the admin API keep them in step
// with the text through `syncMentions`; hence no "server-only" guard here.
import type { DbTransaction } from "@/lib/db";

export type MentionLink = { label: string; url: string };

/** Which text the links sit in. `ownerKey` is "intro", "key-point:<key>" or "resource:<seed key or id>". */
export type MentionOwner =
  | { topicId: string; kind: "intro" }
  | { topicId: string; kind: "keyPoint"; keyPointId: string; key: string }
  | { topicId: string; kind: "resource"; resourceId: string; ref: string };

// The parser's link pattern: [label](http…), the URL without spaces or parentheses.
const LINK = /\[([^\]]+)\]\((https?:\/\/[^\s()]+)\)/g;

/** Every Markdown link of `text`, in order. */
export function markdownLinks(text: string | null | undefined): MentionLink[] {
  return text ? [...text.matchAll(LINK)].map((m) => ({ label: m[1]!, url: m[2]! })) : [];
}

/**
 * The links of an owner after its text changed from `oldText` to `newText`:
 * mentions that did not come from the old text (a key point's linked name, a
 * resource's linked author: text the row no longer holds as Markdown) stay
 * first, as the parser orders them; the new text's links follow.
 */
export function relinkMentions(existing: MentionLink[], oldText: string | null, newText: string | null): MentionLink[] {
  const fromText = markdownLinks(oldText).map((l) => `${l.label}\u0000${l.url}`);
  const kept = existing.filter((m) => {
    const at = fromText.indexOf(`${m.label}\u0000${m.url}`);
    if (at === -1) return true;
    fromText.splice(at, 1);
    return false;
  });
  return [...kept, ...markdownLinks(newText)];
}

function ownerKeyOf(owner: MentionOwner): string {
  if (owner.kind === "intro") return "intro";
  return owner.kind === "keyPoint" ? `key-point:${owner.key}` : `resource:${owner.ref}`;
}

function ownerWhere(owner: MentionOwner) {
  if (owner.kind === "resource") return { resourceId: owner.resourceId };
  if (owner.kind === "keyPoint") return { keyPointId: owner.keyPointId };
  return { topicId: owner.topicId, ownerKey: "intro" };
}

/** The owner's mentions as they are stored, in order. */
export async function readMentions(tx: DbTransaction, owner: MentionOwner): Promise<MentionLink[]> {
  return tx.linkMention.findMany({ where: ownerWhere(owner), orderBy: { position: "asc" }, select: { label: true, url: true } });
}

/** A stored link_mentions row. */
export type StoredMention = {
  id: string; topicId: string; ownerKey: string; keyPointId: string | null; resourceId: string | null; label: string; url: string; position: number;
};

/** Which owner a stored mention belongs to, as a map key ("intro <topic id>", "keyPoint <id>", "resource <id>"). */
export function mentionOwnerKey(row: Pick<StoredMention, "topicId" | "ownerKey" | "keyPointId" | "resourceId">): string {
  if (row.resourceId) return `resource ${row.resourceId}`;
  if (row.keyPointId) return `keyPoint ${row.keyPointId}`;
  return row.ownerKey === "intro" ? `intro ${row.topicId}` : `other ${row.topicId} ${row.ownerKey}`;
}

export type MentionCounts = { created: number; updated: number; deleted: number };

/**
 * Makes the owner's mentions exactly `links` (position = index): rows that
 * differ are updated, missing ones created, surplus ones deleted. Writes
 * nothing when they already match, so a re-import leaves rows untouched.
 */
export async function syncMentions(
  tx: DbTransaction,
  owner: MentionOwner,
  links: MentionLink[],
  /** The owner's stored mentions when the caller has read them already (the importer reads all at once). */
  stored?: StoredMention[],
): Promise<MentionCounts> {
  const counts: MentionCounts = { created: 0, updated: 0, deleted: 0 };
  const ownerKey = ownerKeyOf(owner);
  const keyPointId = owner.kind === "keyPoint" ? owner.keyPointId : null;
  const resourceId = owner.kind === "resource" ? owner.resourceId : null;
  const existing = stored ?? (await tx.linkMention.findMany({ where: ownerWhere(owner) }));
  for (const [position, link] of links.entries()) {
    const row = existing.find((m) => m.position === position);
    const data = { topicId: owner.topicId, ownerKey, keyPointId, resourceId, label: link.label, url: link.url };
    if (!row) {
      await tx.linkMention.create({ data: { ...data, position } });
      counts.created++;
    } else if (Object.entries(data).some(([field, value]) => row[field as keyof typeof row] !== value)) {
      await tx.linkMention.update({ where: { id: row.id }, data });
      counts.updated++;
    }
  }
  const surplus = existing.filter((m) => m.position >= links.length).map((m) => m.id);
  if (surplus.length) counts.deleted = (await tx.linkMention.deleteMany({ where: { id: { in: surplus } } })).count;
  return counts;
}
