import { json, parseQuery, withAuth } from "@/lib/api";
import { listReviewQueue } from "@/lib/review/data";
import { reviewQuerySchema } from "@/lib/review/schema";

// GET /api/admin/review?status=&type=&cursor= – the review queue, oldest first (status defaults to OPEN)
export const GET = withAuth(async ({ req }) => json(await listReviewQueue(parseQuery(req, reviewQuerySchema))), "review:decide");
