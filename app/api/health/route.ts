// GET /api/health – liveness: answers without touching the database (also the benchmark's static baseline)
export function GET() {
  return Response.json({ status: "ok" });
}
