import type { ZodType } from "zod";
import { parseBody } from "@/lib/api";

/** parseBody, where an empty body means `{}` (POST …/approve with nothing to change). */
export async function parseOptionalBody<T>(req: Request, schema: ZodType<T>): Promise<T> {
  // A declared length goes straight to parseBody (which refuses oversized bodies before reading them).
  if (Number(req.headers.get("content-length") ?? 0) > 0) return parseBody(req, schema);
  const text = await req.clone().text();
  return text.trim() === "" ? schema.parse({}) : parseBody(req, schema);
}
