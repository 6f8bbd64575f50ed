import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What each role may do. Ownership (my notes, my progress) is not a
 * permission: it is enforced by scoping every query by the caller's id; team
 * rules (lead or member of this team) live in lib/teams/policy.ts.
 */
const LEARNER = ["catalog:read", "progress:write", "teams:use", "review:submit"] as const;
const PERMISSIONS = {
  LEARNER,
  ADMIN: [...LEARNER, "catalog:curate", "review:decide", "links:manage", "audit:read", "users:manage"],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[Role][number];

/** Whether `role` carries `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[role] as readonly Permission[]).includes(permission);
}
