import "server-only";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/schema";
import type { AdminUserDto, Role } from "@/lib/users/schema";

/**
 * Promotes or demotes a user (404 for an unknown id). The last admin cannot be
 * demoted (409). Race-safe: every admin row is locked first, so two admins
 * demoting each other at once run one after the other and the second sees
 * only one admin left. The change is audited in the same transaction. The
 * user's sessions are not revoked: every request reads the role afresh
 * (lib/session.ts), so a demoted admin's next request is a learner's.
 */
export async function setUserRole(actor: AuditActor, userId: string, role: Role): Promise<AdminUserDto> {
  const user = await db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`;
    const current = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
    if (!current) throw notFound("No user with this id.");
    if (current.role === role) return current;
    if (current.role === "ADMIN" && admins.length <= 1) throw new ApiError("conflict", "The last admin cannot be demoted.");
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
    await recordAudit(tx, actor, {
      action: "user.role",
      entity: { type: "user", id: userId, label: updated.email },
      before: { role: current.role },
      after: { role: updated.role },
    });
    return updated;
  });
  return { ...user, createdAt: user.createdAt.toISOString() };
}
