// GET /api/ready – readiness: 200 only while the database answers (SELECT 1 within 2 s), else 503.
import { json, withErrors } from "@/lib/api";
import { assertDatabaseReady } from "@/lib/readiness";

export const GET = withErrors(async () => {
  await assertDatabaseReady();
  return json({ status: "ready" }, { headers: { "Cache-Control": "no-store" } });
});
