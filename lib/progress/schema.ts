import { z } from "zod";
import { storableString } from "@/lib/text";

export const TOPIC_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"] as const;
export const topicStatusSchema = z.enum(TOPIC_STATUSES);
export type TopicStatus = z.infer<typeof topicStatusSchema>;

export const NOTE_MAX_LENGTH = 20_000;

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

export type TopicProgressDto = { topic: string; status: TopicStatus; updatedAt: string | null };
export type ResourceProgressDto = { resource: string; done: boolean; topicStatus: TopicStatus };
export type NoteDto = { topic: string; body: string; updatedAt: string | null };

/** The caller's progress on one topic: its status and which resources are ticked. */
export type TopicProgressDetail = TopicProgressDto & { doneResourceIds: string[] };

export type TopicRef = { slug: string; title: string; track: { slug: string; title: string } };
export type TrackProgress = {
  slug: string;
  title: string;
  done: number;
  inProgress: number;
  skipped: number;
  total: number;
  percent: number;
};

/** GET /api/me/progress */
export type Dashboard = {
  overall: { done: number; total: number; percent: number };
  tracks: TrackProgress[];
  continue: TopicRef | null;
  nextUp: TopicRef | null;
  streak: { current: number; longest: number };
  activity: { date: string; count: number }[];
  /** Finished topics that gained resources since (the topic stays DONE), most recently updated first. */
  updatedSinceDone: (TopicRef & { newResources: number })[];
  timeZone: string;
};
