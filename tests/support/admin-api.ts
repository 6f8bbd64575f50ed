// The admin API as an admin (or anyone) calls it in-process. Route modules are
// imported here, so a file on a private database imports this module after the
// switch (tests/support/private-database.ts) and gets handlers of that database.
import * as tracksRoute from "@/app/api/admin/tracks/route";
import * as trackOrderRoute from "@/app/api/admin/tracks/order/route";
import * as trackRoute from "@/app/api/admin/tracks/[slug]/route";
import * as trackTopicsRoute from "@/app/api/admin/tracks/[slug]/topics/route";
import * as topicOrderRoute from "@/app/api/admin/tracks/[slug]/topics/order/route";
import * as topicRoute from "@/app/api/admin/topics/[slug]/route";
import * as keyPointsRoute from "@/app/api/admin/topics/[slug]/key-points/route";
import * as keyPointOrderRoute from "@/app/api/admin/topics/[slug]/key-points/order/route";
import * as resourcesRoute from "@/app/api/admin/topics/[slug]/resources/route";
import * as resourceOrderRoute from "@/app/api/admin/topics/[slug]/resources/order/route";
import * as keyPointRoute from "@/app/api/admin/key-points/[id]/route";
import * as resourceRoute from "@/app/api/admin/resources/[id]/route";
import * as auditRoute from "@/app/api/admin/audit/route";
import * as auditCsvRoute from "@/app/api/admin/audit.csv/route";
import * as usersRoute from "@/app/api/admin/users/route";
import * as userRoute from "@/app/api/admin/users/[id]/route";
import { buildRequest, callRoute, type CallResult } from "@/tests/support/http";

export { db } from "@/lib/db";
export { createUser, sessionCookie, uniqueEmail } from "@/tests/factories";
export { createLearner, learnerRows, apiError } from "@/tests/support/progress";

const enc = encodeURIComponent;
type Body = unknown;

/** Every admin route, called with `cookie` (none: signed out). */
export function adminApi(cookie?: string) {
  const get = (handler: Parameters<typeof callRoute>[0], path: string, params: Record<string, string> = {}) => callRoute(handler, path, { cookie, params });
  const send = (method: string, handler: Parameters<typeof callRoute>[0], path: string, json: Body, params: Record<string, string> = {}) =>
    callRoute(handler, path, { method, cookie, params, json });
  return {
    listTracks: () => get(tracksRoute.GET, "/api/admin/tracks"),
    createTrack: (body: Body) => send("POST", tracksRoute.POST, "/api/admin/tracks", body),
    orderTracks: (body: Body) => send("PUT", trackOrderRoute.PUT, "/api/admin/tracks/order", body),
    getTrack: (slug: string) => get(trackRoute.GET, `/api/admin/tracks/${enc(slug)}`, { slug }),
    updateTrack: (slug: string, body: Body) => send("PATCH", trackRoute.PATCH, `/api/admin/tracks/${enc(slug)}`, body, { slug }),
    createTopic: (track: string, body: Body) => send("POST", trackTopicsRoute.POST, `/api/admin/tracks/${enc(track)}/topics`, body, { slug: track }),
    orderTopics: (track: string, body: Body) => send("PUT", topicOrderRoute.PUT, `/api/admin/tracks/${enc(track)}/topics/order`, body, { slug: track }),
    getTopic: (slug: string) => get(topicRoute.GET, `/api/admin/topics/${enc(slug)}`, { slug }),
    updateTopic: (slug: string, body: Body) => send("PATCH", topicRoute.PATCH, `/api/admin/topics/${enc(slug)}`, body, { slug }),
    createKeyPoint: (topic: string, body: Body) => send("POST", keyPointsRoute.POST, `/api/admin/topics/${enc(topic)}/key-points`, body, { slug: topic }),
    orderKeyPoints: (topic: string, body: Body) => send("PUT", keyPointOrderRoute.PUT, `/api/admin/topics/${enc(topic)}/key-points/order`, body, { slug: topic }),
    updateKeyPoint: (id: string, body: Body) => send("PATCH", keyPointRoute.PATCH, `/api/admin/key-points/${enc(id)}`, body, { id }),
    createResource: (topic: string, body: Body) => send("POST", resourcesRoute.POST, `/api/admin/topics/${enc(topic)}/resources`, body, { slug: topic }),
    orderResources: (topic: string, body: Body) => send("PUT", resourceOrderRoute.PUT, `/api/admin/topics/${enc(topic)}/resources/order`, body, { slug: topic }),
    updateResource: (id: string, body: Body) => send("PATCH", resourceRoute.PATCH, `/api/admin/resources/${enc(id)}`, body, { id }),
    audit: (query = "") => get(auditRoute.GET, `/api/admin/audit${query}`),
    /** The CSV download as text. */
    auditCsv: async (query = ""): Promise<{ status: number; text: string; headers: Headers }> => {
      const response = await auditCsvRoute.GET(buildRequest(`/api/admin/audit.csv${query}`, { cookie }), { params: Promise.resolve({}) });
      return { status: response.status, text: await response.text(), headers: response.headers };
    },
    users: (query = "") => get(usersRoute.GET, `/api/admin/users${query}`),
    setRole: (id: string, body: Body) => send("PATCH", userRoute.PATCH, `/api/admin/users/${enc(id)}`, body, { id }),
  };
}
export type AdminApi = ReturnType<typeof adminApi>;

/** The body of a successful call, typed; fails loudly with the answer when the status is not `status`. */
export function ok<T>(res: CallResult, status = 200): T {
  if (res.status !== status) throw new Error(`Expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}
