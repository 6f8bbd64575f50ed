// The progress API as a learner calls it (in-process), and the rows it writes.
// Route modules and the client are imported here, so a test file that points
// the app at a private database (vi.resetModules) imports this module again
// after the switch and gets handlers and rows of that database.
import * as topicProgressRoute from "@/app/api/progress/topics/[slug]/route";
import * as resourceProgressRoute from "@/app/api/progress/resources/[id]/route";
import * as trackProgressRoute from "@/app/api/progress/tracks/[slug]/route";
import * as notesRoute from "@/app/api/notes/[slug]/route";
import * as dashboardRoute from "@/app/api/me/progress/route";
import * as exportRoute from "@/app/api/me/progress/export/route";
import { db } from "@/lib/db";
import { createUser, sessionCookie, type TestUser } from "@/tests/factories";
import { buildRequest, callRoute, type CallOptions } from "@/tests/support/http";

/** A body sent verbatim instead of JSON-encoded (malformed JSON, empty bodies). */
export type Raw = { raw: string };
export const raw = (body: string): Raw => ({ raw: body });
const isRaw = (input: unknown): input is Raw =>
  typeof input === "object" && input !== null && !Array.isArray(input) && Object.keys(input).length === 1 && typeof (input as Raw).raw === "string";
const payload = (input: unknown): Pick<CallOptions, "json" | "body"> => (isRaw(input) ? { body: input.raw } : { json: input });

const enc = encodeURIComponent;

/** A response read as text (CSV downloads are not JSON). */
export type TextResult = { status: number; text: string; headers: Headers };

/** Every progress route, called with `cookie` (none: signed out). `query` is appended to the path ("?userId=…"). */
export function progressApi(cookie?: string) {
  return {
    getTopic: (slug: string, query = "") =>
      callRoute(topicProgressRoute.GET, `/api/progress/topics/${enc(slug)}${query}`, { cookie, params: { slug } }),
    setStatus: (slug: string, input: unknown, query = "") =>
      callRoute(topicProgressRoute.PUT, `/api/progress/topics/${enc(slug)}${query}`, { method: "PUT", cookie, params: { slug }, ...payload(input) }),
    setDone: (id: string, input: unknown, query = "") =>
      callRoute(resourceProgressRoute.PUT, `/api/progress/resources/${enc(id)}${query}`, { method: "PUT", cookie, params: { id }, ...payload(input) }),
    resetTrack: (slug: string, query = "") =>
      callRoute(trackProgressRoute.DELETE, `/api/progress/tracks/${enc(slug)}${query}`, { method: "DELETE", cookie, params: { slug } }),
    getNote: (slug: string, query = "") => callRoute(notesRoute.GET, `/api/notes/${enc(slug)}${query}`, { cookie, params: { slug } }),
    saveNote: (slug: string, input: unknown, query = "") =>
      callRoute(notesRoute.PUT, `/api/notes/${enc(slug)}${query}`, { method: "PUT", cookie, params: { slug }, ...payload(input) }),
    dashboard: (query = "") => callRoute(dashboardRoute.GET, `/api/me/progress${query}`, { cookie }),
    /** The export as JSON (format=json or none). */
    exportJson: (query = "") => callRoute(exportRoute.GET, `/api/me/progress/export${query}`, { cookie }),
    /** The export as text (format=csv). */
    exportText: async (query = ""): Promise<TextResult> => {
      const response = await exportRoute.GET(buildRequest(`/api/me/progress/export${query}`, { cookie }), { params: Promise.resolve({}) });
      return { status: response.status, text: await response.text(), headers: response.headers };
    },
  };
}
export type ProgressApi = ReturnType<typeof progressApi>;

export type Learner = TestUser & { cookie: string; api: ProgressApi };

/** A new learner (own user row) with a session cookie and the API bound to it. */
export async function createLearner(options?: Parameters<typeof createUser>[0]): Promise<Learner> {
  const user = await createUser(options);
  const cookie = await sessionCookie(user);
  return { ...user, cookie, api: progressApi(cookie) };
}

/** A seeded topic by slug: its id, its track, and its active resources' ids in roadmap order. */
export async function seededTopic(slug: string) {
  const topic = await db.topic.findUniqueOrThrow({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      track: { select: { id: true, slug: true, title: true } },
      resources: { where: { status: "ACTIVE" }, orderBy: { position: "asc" }, select: { id: true } },
    },
  });
  return { ...topic, resourceIds: topic.resources.map((r) => r.id) };
}
export type SeededTopic = Awaited<ReturnType<typeof seededTopic>>;

/** Every row the learner owns in the four progress tables, in a stable order (full rows, all columns). */
export async function learnerRows(userId: string) {
  const [topicProgress, resourceProgress, notes, activity] = await Promise.all([
    db.topicProgress.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.resourceProgress.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.note.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.studyActivity.findMany({ where: { userId }, orderBy: { id: "asc" } }),
  ]);
  return { topicProgress, resourceProgress, notes, activity };
}

/** The learner's status row on a topic (null when none). */
export const topicRow = (userId: string, topicId: string) =>
  db.topicProgress.findUnique({ where: { userId_topicId: { userId, topicId } } });

/** The learner's tick row on a resource (null when none). */
export const resourceRow = (userId: string, resourceId: string) =>
  db.resourceProgress.findUnique({ where: { userId_resourceId: { userId, resourceId } } });

/** The learner's study_activity rows, oldest first, as [kind, topicId]. */
export async function activityKinds(userId: string): Promise<Array<[string, string]>> {
  const rows = await db.studyActivity.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { kind: true, topicId: true } });
  return rows.map((row) => [row.kind, row.topicId]);
}

/** The error envelope every route answers with. */
export const apiError = (code: string, message: string) => ({ error: { code, message } });
export const UNAUTHENTICATED = apiError("unauthenticated", "Sign in to do this.");
export const NOT_FOUND = apiError("not_found", "Not found");
export const NO_TOPIC = apiError("not_found", "No topic with this slug.");
export const NO_RESOURCE = apiError("not_found", "No resource with this id.");
export const NO_TRACK = apiError("not_found", "No track with this slug.");
export const INVALID_JSON = apiError("invalid_json", "The body is not valid JSON.");
export const validationFailed = (message: string) => apiError("validation_failed", message);

/**
 * A fingerprint of every catalog row (any status). Other test files add and
 * archive tracks of their own while this one runs; reads that depend on the
 * whole catalog (dashboard, export) compare against it.
 */
async function catalogFingerprint(): Promise<string> {
  const [row] = await db.$queryRaw<{ fingerprint: string }[]>`
    SELECT concat_ws('|',
      (SELECT string_agg(id || status::text || updated_at::text, ',' ORDER BY id) FROM tracks),
      (SELECT string_agg(id || status::text || updated_at::text, ',' ORDER BY id) FROM topics),
      (SELECT count(*)::text || coalesce(max(updated_at)::text, '') FROM resources)) AS fingerprint`;
  return row!.fingerprint;
}

/**
 * Runs `read` (a request plus the expectation computed from the database)
 * until the catalog did not change while it ran, so both saw the same
 * catalog. Bounded: a catalog that never settles fails the test.
 */
export async function withStableCatalog<T>(read: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const before = await catalogFingerprint();
    const result = await read();
    if ((await catalogFingerprint()) === before) return result;
  }
  throw new Error(`The catalog changed during each of ${attempts} attempts`);
}

/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone`. */
export function dateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
