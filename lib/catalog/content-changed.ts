// The one hook for "the catalog changed": every admin edit, review approval
// and the importer call it after their transaction commits. It moves the
// content version in PostgreSQL (which every instance checks, see
// lib/catalog/version.ts) and, inside a request of this instance, revalidates
// the static catalog pages at once.
// No "server-only" guard: the seed (tsx, outside Next) calls it too.
import { db } from "@/lib/db";
import { contentMovedHere } from "@/lib/catalog/version";

/** Tells every instance that tracks, topics, key points or resources changed. */
export async function contentChanged(): Promise<void> {
  const { version } = await db.contentVersion.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1 },
    update: { version: { increment: 1 }, changedAt: new Date() },
    select: { version: true },
  });
  contentMovedHere(version);
}
