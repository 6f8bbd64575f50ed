// The OpenAPI document is the API: every exported handler of
// app/api/**/route.ts is in it, it names nothing that does not exist, its
// path parameters are the route's, and GET /api/openapi.json serves it.
// Real answers are checked against it on every call the integration tests
// make (tests/support/http.ts → tests/support/contract.ts); the route × role
// matrix makes sure every route answered at least one documented success.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorStatuses, routeKey } from "@/lib/openapi/define";
import { buildOpenApiDocument, openApiDocument } from "@/lib/openapi/document";
import { API_ROUTES } from "@/lib/openapi/routes";
import { apiPathOf, findRoute, routeFiles } from "@/tests/support/api-routes";
import { callApi } from "@/tests/support/api-client";
import { contractProblem } from "@/tests/support/contract";

const onDisk = routeFiles().flatMap((f) => f.methods.map((method) => routeKey({ method, path: f.path })));
const documented = API_ROUTES.map(routeKey);

describe("the OpenAPI document", () => {
  it("reads the route files: folders become templated paths, exported methods are found", () => {
    expect(apiPathOf(`${process.cwd()}/app/api/teams/[teamId]/progress.csv/route.ts`)).toBe("/api/teams/{teamId}/progress.csv");
    expect(apiPathOf(`${process.cwd()}/app/api/auth/[...nextauth]/route.ts`)).toBe("/api/auth/{nextauth}");
    expect(onDisk.length).toBeGreaterThan(60);
    expect(routeFiles().filter((f) => f.methods.length === 0).map((f) => f.file), "route files exporting no method").toEqual([]);
  });

  it("documents every handler on disk", () => {
    expect(onDisk.filter((key) => !documented.includes(key)), "handlers missing from lib/openapi/routes/").toEqual([]);
  });

  it("documents nothing that does not exist, and nothing twice", () => {
    expect(documented.filter((key) => !onDisk.includes(key)), "registry entries without a handler").toEqual([]);
    expect(documented.filter((key, i) => documented.indexOf(key) !== i), "registry entries listed twice").toEqual([]);
  });

  it("is OpenAPI 3.1 with every operation, its path parameters and an error envelope on every error status", () => {
    const doc = buildOpenApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    for (const route of API_ROUTES) {
      const op = doc.paths?.[route.path]?.[route.method.toLowerCase() as "get"];
      expect(op, routeKey(route)).toBeDefined();
      const inPath = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (op!.parameters ?? []).filter((p) => "in" in p && p.in === "path").map((p) => ("name" in p ? p.name : "")).sort();
      expect(declared, `${routeKey(route)} path parameters`).toEqual(inPath);
      for (const status of errorStatuses(route).filter((s) => s >= 400)) {
        const response = op!.responses?.[String(status)] as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined;
        expect(response?.content?.["application/json"]?.schema?.$ref, `${routeKey(route)} ${status}`).toBe("#/components/schemas/Error");
      }
    }
  });

  it("is served at GET /api/openapi.json, publicly", async () => {
    const result = await callApi("GET", "/api/openapi.json");
    expect(result.status).toBe(200);
    expect(result.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it("finds the entry a concrete request reaches, literal segments first", () => {
    expect(findRoute("PUT", "/api/admin/tracks/order")?.path).toBe("/api/admin/tracks/order");
    expect(findRoute("GET", "/api/admin/tracks/some-track")?.path).toBe("/api/admin/tracks/{slug}");
    expect(findRoute("GET", "/api/teams/t1/progress.csv")?.path).toBe("/api/teams/{teamId}/progress.csv");
  });

  it("catches an answer that drifts from the document (the check every integration call runs)", () => {
    const route = API_ROUTES.find((r) => routeKey(r) === "GET /api/me")!;
    const me = { id: "u", email: "a@b.c", name: "A", role: "LEARNER", timeZone: "UTC" };
    expect(contractProblem(route, 200, me, "application/json")).toBeNull();
    expect(contractProblem(route, 200, { ...me, role: "OWNER" }, "application/json")).toMatch(/does not match/);
    expect(contractProblem(route, 401, { error: { code: "unauthenticated", message: "Sign in" } }, "application/json")).toBeNull();
    expect(contractProblem(route, 401, { error: { code: "forbidden", message: "x" } }, "application/json")).toMatch(/belongs to 403/);
    expect(contractProblem(route, 401, { message: "x" }, "application/json")).toMatch(/not the error envelope/);
    expect(contractProblem(route, 418, null, null)).toMatch(/not documented/);
    expect(z.string().safeParse(contractProblem(route, 500, { error: { code: "internal", message: "x" } }, "application/json")).success).toBe(true);
  });
});
