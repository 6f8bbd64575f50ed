import { z } from "zod";
import { httpUrlSchema, resourceKindSchema, slugSchema, type ResourceKind } from "@/lib/catalog/schema";
import { storableString } from "@/lib/text";

// Inputs of the content-editing API (/api/admin/tracks, topics, key-points,
// resources), shared by the route handlers and the admin forms. Unknown
// fields are refused (strict objects), so a typo is a 422, not a silent no-op.

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 1_000;
/** Intros, key point texts and resource notes are Markdown, bounded. */
export const MARKDOWN_MAX = 20_000;
export const AUTHOR_MAX = 200;
export const EFFORT_MIN = 1;
export const EFFORT_MAX = 10_000;
/** At most this many ids or slugs in one order list (a topic has a few dozen at most). */
export const ORDER_MAX = 1_000;

export const CONTENT_STATUSES = ["ACTIVE", "ARCHIVED"] as const;
export const contentStatusSchema = z.enum(CONTENT_STATUSES);
export type ContentStatus = z.infer<typeof contentStatusSchema>;

const title = storableString()
  .trim()
  .min(1, "Enter a title")
  .max(TITLE_MAX, `A title can be at most ${TITLE_MAX} characters`);
const markdown = (what: string) =>
  storableString().max(MARKDOWN_MAX, `${what} can be at most ${MARKDOWN_MAX.toLocaleString("en")} characters`);
const summary = storableString().trim().max(SUMMARY_MAX, `A summary can be at most ${SUMMARY_MAX.toLocaleString("en")} characters`);
/** Empty text means "none": an author or note cleared in a form is stored as null. */
const optionalText = (schema: z.ZodType<string>) =>
  schema.nullable().transform((value) => (value === null || value.trim() === "" ? null : value));
const author = optionalText(storableString().trim().max(AUTHOR_MAX, `An author can be at most ${AUTHOR_MAX} characters`));
const note = optionalText(markdown("A note"));
/** Minutes of study; null = the default for the resource's kind (lib/catalog/effort.ts). */
export const effortMinutesSchema = z
  .number()
  .int("Effort is a whole number of minutes")
  .min(EFFORT_MIN, `Effort is at least ${EFFORT_MIN} minute`)
  .max(EFFORT_MAX, `Effort is at most ${EFFORT_MAX.toLocaleString("en")} minutes`)
  .nullable();

/** A PATCH body must name at least one field. */
const atLeastOne = <T extends object>(value: T) => Object.values(value).some((v) => v !== undefined);
const NOTHING_TO_CHANGE = "Send at least one field to change";

/** POST /api/admin/tracks */
export const createTrackSchema = z.strictObject({
  title,
  summary: summary.default(""),
  intro: markdown("An intro").default(""),
  slug: slugSchema.optional(),
});
export type CreateTrackInput = z.infer<typeof createTrackSchema>;

/** PATCH /api/admin/tracks/{slug} */
export const updateTrackSchema = z
  .strictObject({ title: title.optional(), summary: summary.optional(), intro: markdown("An intro").optional(), status: contentStatusSchema.optional() })
  .refine(atLeastOne, NOTHING_TO_CHANGE);
export type UpdateTrackInput = z.infer<typeof updateTrackSchema>;

/** POST /api/admin/tracks/{slug}/topics */
export const createTopicSchema = z.strictObject({ title, intro: markdown("An intro"), slug: slugSchema.optional() });
export type CreateTopicInput = z.infer<typeof createTopicSchema>;

/** PATCH /api/admin/topics/{slug}: `track` (a track slug) moves the topic to the end of that track. */
export const updateTopicSchema = z
  .strictObject({ title: title.optional(), intro: markdown("An intro").optional(), track: slugSchema.optional(), status: contentStatusSchema.optional() })
  .refine(atLeastOne, NOTHING_TO_CHANGE);
export type UpdateTopicInput = z.infer<typeof updateTopicSchema>;

/** POST /api/admin/topics/{slug}/key-points */
export const createKeyPointSchema = z.strictObject({ title, text: markdown("A key point") });
export type CreateKeyPointInput = z.infer<typeof createKeyPointSchema>;

/** PATCH /api/admin/key-points/{id} */
export const updateKeyPointSchema = z
  .strictObject({ title: title.optional(), text: markdown("A key point").optional(), status: contentStatusSchema.optional() })
  .refine(atLeastOne, NOTHING_TO_CHANGE);
export type UpdateKeyPointInput = z.infer<typeof updateKeyPointSchema>;

/** POST /api/admin/topics/{slug}/resources */
export const createResourceSchema = z.strictObject({
  title,
  url: httpUrlSchema,
  kind: resourceKindSchema,
  author: author.optional(),
  note: note.optional(),
  effortMinutes: effortMinutesSchema.optional(),
});
export type CreateResourceBody = z.infer<typeof createResourceSchema>;

/** PATCH /api/admin/resources/{id}: only the fields sent change. */
export const updateResourceSchema = z
  .strictObject({
    title: title.optional(),
    url: httpUrlSchema.optional(),
    kind: resourceKindSchema.optional(),
    author: author.optional(),
    note: note.optional(),
    effortMinutes: effortMinutesSchema.optional(),
    status: contentStatusSchema.optional(),
  })
  .refine(atLeastOne, NOTHING_TO_CHANGE);

/** What `createResource` takes: the body plus the topic it goes into. */
export type CreateResourceInput = {
  topicId: string;
  title: string;
  url: string;
  kind: ResourceKind;
  author?: string | null;
  note?: string | null;
  effortMinutes?: number | null;
};
/** What `updateResource` takes: every field optional, only those given change. */
export type UpdateResourceInput = Partial<Omit<CreateResourceInput, "topicId">> & { status?: ContentStatus };

/** PUT /api/admin/tracks/order and /api/admin/tracks/{slug}/topics/order */
export const slugOrderSchema = z.strictObject({ slugs: z.array(slugSchema).max(ORDER_MAX) });
/** PUT /api/admin/topics/{slug}/key-points/order and …/resources/order */
export const idOrderSchema = z.strictObject({ ids: z.array(z.string().max(64)).max(ORDER_MAX) });

/** Row ids are cuids: anything else names nothing (404). */
export const idParams = z.object({ id: z.string().regex(/^[a-z0-9]{20,40}$/) });

/** A resource as the admin API answers it (POST → 201, PATCH → 200). */
export const adminResourceDtoSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  kind: resourceKindSchema,
  author: z.string().nullable(),
  note: z.string().nullable(),
  /** The admin's estimate; null = the kind's default. */
  effortMinutes: z.number().nullable(),
  status: contentStatusSchema,
  /** What the estimate comes to (the default for the kind when effortMinutes is null). */
  effectiveEffortMinutes: z.number(),
  position: z.number(),
  topic: z.string(),
});
export type AdminResourceDto = z.infer<typeof adminResourceDtoSchema>;

export const adminKeyPointDtoSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  status: contentStatusSchema,
  position: z.number(),
  topic: z.string(),
});
export type AdminKeyPointDto = z.infer<typeof adminKeyPointDtoSchema>;

export const adminTopicDtoSchema = z.object({
  slug: z.string(),
  title: z.string(),
  intro: z.string(),
  status: contentStatusSchema,
  position: z.number(),
  track: z.string(),
  curatedAt: z.string().nullable(),
});
export type AdminTopicDto = z.infer<typeof adminTopicDtoSchema>;

export const adminTrackDtoSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  intro: z.string(),
  status: contentStatusSchema,
  position: z.number(),
  curatedAt: z.string().nullable(),
});
export type AdminTrackDto = z.infer<typeof adminTrackDtoSchema>;

/** GET /api/admin/tracks items: every track with how many active and archived topics it has. */
export const adminTrackSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  status: contentStatusSchema,
  topicCount: z.number(),
  archivedTopicCount: z.number(),
});
export type AdminTrackSummary = z.infer<typeof adminTrackSummarySchema>;

const trackChoice = z.object({ slug: z.string(), title: z.string(), status: contentStatusSchema });

/** GET /api/admin/tracks/{slug} */
export const adminTrackDetailSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  intro: z.string(),
  status: contentStatusSchema,
  topics: z.array(
    z.object({ slug: z.string(), title: z.string(), status: contentStatusSchema, resourceCount: z.number(), keyPointCount: z.number() }),
  ),
  /** Every track (for "move to track" choices). */
  tracks: z.array(trackChoice),
});
export type AdminTrackDetail = z.infer<typeof adminTrackDetailSchema>;

/** GET /api/admin/topics/{slug} */
export const adminTopicDetailSchema = z.object({
  slug: z.string(),
  title: z.string(),
  intro: z.string(),
  status: contentStatusSchema,
  track: trackChoice,
  keyPoints: z.array(adminKeyPointDtoSchema),
  resources: z.array(adminResourceDtoSchema),
  tracks: z.array(trackChoice),
});
export type AdminTopicDetail = z.infer<typeof adminTopicDetailSchema>;
