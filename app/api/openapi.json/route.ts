import { json, withErrors } from "@/lib/api";
import { openApiDocument } from "@/lib/openapi/document";

// GET /api/openapi.json – the OpenAPI 3.1 document of this API, generated from the handlers' zod schemas (public)
export const GET = withErrors(async () => json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }));
