import { json, withAuth } from "@/lib/api";
import { listMySubmissions } from "@/lib/review/data";

// GET /api/me/submissions – the caller's suggestions and reports with their outcome, newest first
export const GET = withAuth(async ({ user }) => json(await listMySubmissions(user.id)), "review:submit");
