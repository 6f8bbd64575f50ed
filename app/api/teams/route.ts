import { json, parseBody, withAuth } from "@/lib/api";
import { listTeams } from "@/lib/teams/data";
import { createTeam } from "@/lib/teams/mutations";
import { createTeamSchema } from "@/lib/teams/schema";

// GET /api/teams – the caller's teams with their role and member count
export const GET = withAuth(async ({ user }) => json(await listTeams(user.id)), "teams:use");

// POST /api/teams – create a team; the caller becomes its lead (201)
export const POST = withAuth(async ({ req, user }) => {
  const { name } = await parseBody(req, createTeamSchema);
  return json(await createTeam({ userId: user.id, name }), { status: 201 });
}, "teams:use");
