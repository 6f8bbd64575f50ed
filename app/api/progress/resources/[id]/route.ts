import { json, parseBody, parseParams, withAuth } from "@/lib/api";
import { setResourceDone } from "@/lib/progress/mutations";
import { resourceParams, setResourceDoneSchema } from "@/lib/progress/schema";

// PUT /api/progress/resources/{id} – tick or untick a resource; the topic's status rolls up
export const PUT = withAuth(async ({ req, params, user }) => {
  const { id } = parseParams(params, resourceParams);
  const { done } = await parseBody(req, setResourceDoneSchema);
  return json(await setResourceDone(user.id, id, done));
}, "progress:write");
