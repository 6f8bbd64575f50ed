// Admin: users and their roles.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { adminUserDtoSchema, adminUserPageSchema, updateRoleSchema, userParams, usersQuerySchema } from "@/lib/users/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const userRoutes: ApiRoute[] = [
  {
    method: "GET", path: "/api/admin/users", tag: "Admin", access: "users:manage",
    summary: "Users by email, searched by name or email", query: usersQuerySchema, ok: { 200: adminUserPageSchema },
  },
  {
    method: "PATCH", path: "/api/admin/users/{id}", tag: "Admin", access: "users:manage",
    summary: "Promote to admin or demote to learner (the last admin → 409)",
    params: userParams, body: updateRoleSchema, ok: { 200: adminUserDtoSchema }, errors: [409],
  },
];
