import { z } from "zod";

/** What a resource is; inferred from its URL and title at import, editable by admins. */
export const RESOURCE_KINDS = [
  "VIDEO",
  "ARTICLE",
  "COURSE",
  "DOCUMENTATION",
  "REPOSITORY",
  "PAPER",
  "TOOL",
  "BOOK",
  "WEBSITE",
] as const;
export const resourceKindSchema = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.infer<typeof resourceKindSchema>;

export const URL_MAX_LENGTH = 2048;

/**
 * A link people may be sent to: an absolute http or https URL of at most
 * 2,048 characters. Everything else (`javascript:`, `data:`, `file:`, relative
 * paths) is refused with 422 wherever a URL is accepted.
 */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(URL_MAX_LENGTH, `A URL can be at most ${URL_MAX_LENGTH} characters`)
  .pipe(z.url({ protocol: /^https?$/, hostname: /^[^\s]+$/, error: "Enter a full http:// or https:// URL" }));

/** Slugs as the seed makes them: lowercase ASCII words joined by hyphens. */
export const slugSchema = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const slugParams = z.object({ slug: slugSchema });

export const linkSchema = z.object({ label: z.string(), url: z.string() });

/** GET /api/tracks items. */
export const trackSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  topicCount: z.number().int(),
  resourceCount: z.number().int(),
});
export type TrackSummary = z.infer<typeof trackSummarySchema>;

/** GET /api/tracks/{slug}. */
export const trackDetailSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  intro: z.string(),
  /** Minutes the track's active resources take (lib/catalog/effort.ts). */
  effortMinutes: z.number().int(),
  topics: z.array(
    z.object({ slug: z.string(), title: z.string(), order: z.number().int(), resourceCount: z.number().int(), effortMinutes: z.number().int() }),
  ),
});
export type TrackDetail = z.infer<typeof trackDetailSchema>;

export const resourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  author: z.string().nullable(),
  kind: resourceKindSchema,
  /** Markdown remark from the source, e.g. "includes a tokenization video: [here](…)". */
  note: z.string().nullable(),
  /** Minutes it takes: the admin's estimate, else the default for its kind (lib/catalog/effort.ts). */
  effortMinutes: z.number().int(),
});
export type ResourceDto = z.infer<typeof resourceSchema>;

const topicRefSchema = z.object({ slug: z.string(), title: z.string() });

/** GET /api/topics/{slug}. Key point text and the intro are Markdown, as in the source. */
export const topicDetailSchema = z.object({
  slug: z.string(),
  title: z.string(),
  order: z.number().int(),
  intro: z.string(),
  track: topicRefSchema,
  keyPoints: z.array(z.object({ title: z.string(), text: z.string(), links: z.array(linkSchema) })),
  resources: z.array(resourceSchema),
  /** Minutes the topic's resources take, together. */
  effortMinutes: z.number().int(),
  previous: topicRefSchema.nullable(),
  next: topicRefSchema.nullable(),
});
export type TopicDetail = z.infer<typeof topicDetailSchema>;
