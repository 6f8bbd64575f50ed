// Every route of the JSON API, one entry each: the single list that the
// OpenAPI document (GET /api/openapi.json), the reference page (/docs/api),
// the contract test, the route × role matrix and the fuzzer are built from.
// A route file without an entry here fails tests/integration/openapi-contract.test.ts.
//
// The entries live per domain in lib/openapi/routes/<domain>.ts; this file
// joins them in the order the reference shows them.
//
// Adding a route: one block in the list of its domain in lib/openapi/routes/
// (a new domain: a new file there, added to the list below), with the zod
// schemas the handler parses (params, query, body, all from
// lib/<domain>/schema.ts) and the schema of what it answers. README "API"
// says more.
import type { ApiRoute } from "@/lib/openapi/define";
import { accountRoutes } from "@/lib/openapi/routes/accounts";
import { auditRoutes } from "@/lib/openapi/routes/audit";
import { catalogRoutes } from "@/lib/openapi/routes/catalog";
import { curationRoutes } from "@/lib/openapi/routes/curation";
import { linkRoutes } from "@/lib/openapi/routes/links";
import { progressRoutes } from "@/lib/openapi/routes/progress";
import { reviewRoutes } from "@/lib/openapi/routes/review";
import { searchRoutes } from "@/lib/openapi/routes/search";
import { serviceRoutes } from "@/lib/openapi/routes/service";
import { spacedReviewRoutes } from "@/lib/openapi/routes/spaced-review";
import { teamRoutes } from "@/lib/openapi/routes/teams";
import { userRoutes } from "@/lib/openapi/routes/users";

export const API_ROUTES: ApiRoute[] = [
  ...serviceRoutes,
  ...accountRoutes,
  ...catalogRoutes,
  ...searchRoutes,
  ...spacedReviewRoutes,
  ...progressRoutes,
  ...reviewRoutes,
  ...teamRoutes,
  ...curationRoutes,
  ...linkRoutes,
  ...auditRoutes,
  ...userRoutes,
];
