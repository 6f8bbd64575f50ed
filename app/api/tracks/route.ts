import { json, withErrors } from "@/lib/api";
import { listTracks } from "@/lib/catalog/data";

// GET /api/tracks – every track in roadmap order with topic and resource counts (public)
export const GET = withErrors(async () => json(await listTracks()));
