import "server-only";
import { db } from "@/lib/db";
import { decodeCursor, encodeCursor, type AdminUserDto, type UsersQuery } from "@/lib/users/schema";

const userSelect = { id: true, email: true, name: true, role: true, createdAt: true } as const;

/**
 * Users whose name or email contains `query` (any case), by email, a page at
 * a time (keyset on the unique email: stable while accounts are added).
 */
export async function listUsers({ query, cursor, limit }: UsersQuery): Promise<{ items: AdminUserDto[]; nextCursor: string | null }> {
  const rows = await db.user.findMany({
    where: {
      ...(query
        ? { OR: [{ email: { contains: query, mode: "insensitive" } }, { name: { contains: query, mode: "insensitive" } }] }
        : {}),
      ...(cursor ? { email: { gt: decodeCursor(cursor) } } : {}),
    },
    orderBy: { email: "asc" },
    take: limit + 1,
    select: userSelect,
  });
  const items = rows.slice(0, limit).map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }));
  return { items, nextCursor: rows.length > limit ? encodeCursor(items.at(-1)!.email) : null };
}
