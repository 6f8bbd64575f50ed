import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "@/lib/permissions";
import { getCurrentUser } from "@/lib/session";
import type { SessionUser } from "@/lib/session-store";

/**
 * For a page's own data reads: the signed-in user when they hold
 * `permission`; otherwise sign in first, or a 404. Layouts and pages render
 * in parallel, so a page that reads admin data checks for itself rather than
 * relying on its layout's guard.
 */
export async function requirePagePermission(permission: Permission, path: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (!can(user.role, permission)) notFound();
  return user;
}
