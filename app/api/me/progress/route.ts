import { json, withAuth } from "@/lib/api";
import { getDashboard } from "@/lib/progress/data";

// GET /api/me/progress – the caller's dashboard: bars, continue, next up, streak, heatmap
export const GET = withAuth(async ({ user }) => json(await getDashboard(user.id, user.timeZone)));
