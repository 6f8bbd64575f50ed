import { z } from "zod";

export const ROLES = ["LEARNER", "ADMIN"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const blank = (value: unknown) => (value === "" ? undefined : value);

/** GET /api/admin/users?query=&cursor= */
export const usersQuerySchema = z.strictObject({
  /** Part of a name or email, case-insensitive. */
  query: z.preprocess(blank, z.string().trim().max(100).optional()),
  cursor: z.preprocess(blank, z.string().max(400).regex(/^[A-Za-z0-9_-]+$/, "Not a cursor from this list").optional()),
  limit: z.preprocess(blank, z.coerce.number().int().min(1).max(100).default(25)),
});
export type UsersQuery = z.infer<typeof usersQuerySchema>;

/** PATCH /api/admin/users/{id} */
export const updateRoleSchema = z.strictObject({ role: roleSchema });

/** User ids are cuids: anything else names nobody (404). */
export const userParams = z.object({ id: z.string().regex(/^[a-z0-9]{20,40}$/) });

export const adminUserDtoSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema, createdAt: z.string() });
export type AdminUserDto = z.infer<typeof adminUserDtoSchema>;
/** GET /api/admin/users */
export const adminUserPageSchema = z.object({ items: z.array(adminUserDtoSchema), nextCursor: z.string().nullable() });

/** The page cursor: the last email of a page, opaque to clients. */
export const encodeCursor = (email: string) => Buffer.from(email, "utf8").toString("base64url");
export const decodeCursor = (cursor: string) => Buffer.from(cursor, "base64url").toString("utf8");
