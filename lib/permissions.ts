import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What each role may do. Ownership (my notes, my progress) is not a
 * permission: it is enforced by scoping every query by the caller's id.
 */
const PERMISSIONS = {
  LEARNER: ["catalog:read", "progress:write"],
  ADMIN: ["catalog:read", "progress:write", "catalog:curate", "users:manage"],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[Role][number];

/** Whether `role` carries `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[role] as readonly Permission[]).includes(permission);
}
