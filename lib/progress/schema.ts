import { z } from "zod";
import { storableString } from "@/lib/text";
import { NOTE_MAX_LENGTH } from "@/lib/progress/limits";

export const TOPIC_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"] as const;
export const topicStatusSchema = z.enum(TOPIC_STATUSES);
export type TopicStatus = z.infer<typeof topicStatusSchema>;

export { NOTE_MAX_LENGTH };

/** PUT /api/progress/topics/{slug} */
export const setTopicStatusSchema = z.strictObject({ status: topicStatusSchema });
/** PUT /api/progress/resources/{id} */
export const setResourceDoneSchema = z.strictObject({ done: z.boolean() });
/** PUT /api/notes/{slug} */
export const saveNoteSchema = z.strictObject({
  body: storableString().max(NOTE_MAX_LENGTH, `A note can be at most ${NOTE_MAX_LENGTH.toLocaleString("en")} characters`),
});

/** Resource ids are cuids: anything else names nothing (404). */
export const resourceParams = z.object({ id: z.string().regex(/^[a-z0-9]{20,40}$/) });

export const exportQuerySchema = z.strictObject({ format: z.enum(["csv", "json"]).default("json") });

// ───────────── answers (zod, so the OpenAPI document and the contract test use them) ─────────────

const isoDateTime = z.string();

export const topicProgressDtoSchema = z.object({ topic: z.string(), status: topicStatusSchema, updatedAt: isoDateTime.nullable() });
export type TopicProgressDto = z.infer<typeof topicProgressDtoSchema>;
export const resourceProgressDtoSchema = z.object({ resource: z.string(), done: z.boolean(), topicStatus: topicStatusSchema });
export type ResourceProgressDto = z.infer<typeof resourceProgressDtoSchema>;
export const noteDtoSchema = z.object({ topic: z.string(), body: z.string(), updatedAt: isoDateTime.nullable() });
export type NoteDto = z.infer<typeof noteDtoSchema>;

/** The caller's progress on one topic: its status and which resources are ticked. */
export const topicProgressDetailSchema = topicProgressDtoSchema.extend({ doneResourceIds: z.array(z.string()) });
export type TopicProgressDetail = z.infer<typeof topicProgressDetailSchema>;
/** GET /api/progress/topics/{slug}: the detail, and how many resources the topic gained since the caller finished it. */
export const topicProgressAnswerSchema = topicProgressDetailSchema.extend({ newResources: z.number().int() });
export type TopicProgressAnswer = z.infer<typeof topicProgressAnswerSchema>;
/** GET /api/progress/tracks/{slug}: the caller's status on each topic of the track that has one. */
export const trackStatusesSchema = z.object({ track: z.string(), statuses: z.record(z.string(), topicStatusSchema) });

const topicRefSchema = z.object({ slug: z.string(), title: z.string(), track: z.object({ slug: z.string(), title: z.string() }) });
export type TopicRef = z.infer<typeof topicRefSchema>;
const trackProgressSchema = z.object({
  slug: z.string(),
  title: z.string(),
  done: z.number(),
  inProgress: z.number(),
  skipped: z.number(),
  total: z.number(),
  percent: z.number(),
});
export type TrackProgress = z.infer<typeof trackProgressSchema>;

/** GET /api/me/progress */
export const dashboardSchema = z.object({
  overall: z.object({ done: z.number(), total: z.number(), percent: z.number() }),
  tracks: z.array(trackProgressSchema),
  continue: topicRefSchema.nullable(),
  nextUp: topicRefSchema.nullable(),
  streak: z.object({ current: z.number(), longest: z.number() }),
  activity: z.array(z.object({ date: z.string(), count: z.number() })),
  /** Finished topics that gained resources since (the topic stays DONE), most recently updated first. */
  updatedSinceDone: z.array(topicRefSchema.extend({ newResources: z.number() })),
  timeZone: z.string(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/** One topic of GET /api/me/progress/export (JSON; the CSV has the same columns). */
export const exportedTopicSchema = z.object({
  track: z.string(),
  trackTitle: z.string(),
  topic: z.string(),
  topicTitle: z.string(),
  status: topicStatusSchema,
  updatedAt: isoDateTime.nullable(),
  completedAt: isoDateTime.nullable(),
  resourcesDone: z.number(),
  resourcesTotal: z.number(),
  note: z.string(),
  resources: z.array(z.object({ id: z.string(), title: z.string(), url: z.string(), done: z.boolean() })),
});
export type ExportedTopic = z.infer<typeof exportedTopicSchema>;
/** GET /api/me/progress/export?format=json */
export const progressExportSchema = z.object({
  exportedAt: isoDateTime,
  user: z.object({ email: z.string(), name: z.string() }),
  topics: z.array(exportedTopicSchema),
});
