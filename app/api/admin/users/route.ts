import { json, parseQuery, withAuth } from "@/lib/api";
import { listUsers } from "@/lib/users/data";
import { usersQuerySchema } from "@/lib/users/schema";

// GET /api/admin/users?query=&cursor= – users by email, searched by name or email, a page at a time
export const GET = withAuth(async ({ req }) => json(await listUsers(parseQuery(req, usersQuerySchema))), "users:manage");
