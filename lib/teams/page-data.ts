import "server-only";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/page-guard";
import { getTeamAccess, type TeamAccess } from "@/lib/teams/access";
import { teamParams } from "@/lib/teams/schema";
import type { SessionUser } from "@/lib/session-store";

/**
 * For the team pages: the signed-in user (else sign in and come back) and
 * their access to the team; a team they are not in is a 404, as in the API.
 */
export async function requireTeamPage(teamId: string, path: string): Promise<{ user: SessionUser; access: TeamAccess }> {
  const user = await requirePagePermission("teams:use", path);
  const parsed = teamParams.safeParse({ teamId });
  const access = parsed.success ? await getTeamAccess({ teamId: parsed.data.teamId, userId: user.id }) : null;
  if (!access) notFound();
  return { user, access };
}
