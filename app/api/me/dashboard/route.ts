import { json, withAuth } from "@/lib/api";
import { getDashboardPage } from "@/lib/dashboard/data";

// GET /api/me/dashboard – everything the dashboard shows: progress, effort left, assignments, reviews due
export const GET = withAuth(async ({ user }) => json(await getDashboardPage(user), { headers: { "Cache-Control": "no-store" } }));
