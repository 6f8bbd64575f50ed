// Service: liveness, readiness, this document.
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { z } from "zod";
import type { ApiRoute } from "@/lib/openapi/define";

const statusSchema = (value: string) => z.object({ status: z.literal(value) });

export const serviceRoutes: ApiRoute[] = [
  {
    method: "GET", path: "/api/health", tag: "Service", access: "public", static: true,
    summary: "Liveness: answers without touching the database",
    ok: { 200: statusSchema("ok") },
  },
  {
    method: "GET", path: "/api/ready", tag: "Service", access: "public",
    summary: "Readiness: 200 while the database answers SELECT 1 within 2 s, else 503",
    description: "For load balancers and orchestrators: an instance that answers 503 here is taken out of rotation until its database is back.",
    ok: { 200: statusSchema("ready") },
  },
  {
    method: "GET", path: "/api/openapi.json", tag: "Service", access: "public", static: true,
    summary: "This document (OpenAPI 3.1)",
    ok: { 200: z.object({ openapi: z.string(), info: z.object({ title: z.string() }), paths: z.record(z.string(), z.unknown()) }) },
  },
];
