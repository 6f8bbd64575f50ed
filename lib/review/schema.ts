import { z } from "zod";
import { httpUrlSchema, resourceKindSchema } from "@/lib/catalog/schema";
import { adminResourceDtoSchema, effortMinutesSchema } from "@/lib/curation/schema";
import { storableString } from "@/lib/text";

export const SUBMISSION_TYPES = ["SUGGESTION", "REPORT"] as const;
export const SUBMISSION_STATUSES = ["OPEN", "APPROVED", "REJECTED"] as const;
export const REPORT_REASONS = ["BROKEN", "WRONG_LINK", "OUTDATED", "OTHER"] as const;
export type SubmissionType = (typeof SUBMISSION_TYPES)[number];
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export type ReportReason = (typeof REPORT_REASONS)[number];

/** How many submissions one learner may make in any 24 hours. */
export const SUBMISSIONS_PER_DAY = 20;
export const TITLE_MAX = 200;
export const TEXT_MAX = 2000;

const title = storableString().trim().min(1, "Enter a title").max(TITLE_MAX, `A title can be at most ${TITLE_MAX} characters`);
const text = (what: string) => storableString().trim().max(TEXT_MAX, `${what} can be at most ${TEXT_MAX} characters`);

/** POST /api/topics/{slug}/suggestions */
export const createSuggestionSchema = z.strictObject({
  title,
  url: httpUrlSchema,
  kind: resourceKindSchema.optional(),
  note: text("The note").optional(),
});
export type CreateSuggestionInput = z.infer<typeof createSuggestionSchema>;

/** POST /api/resources/{id}/reports */
export const createReportSchema = z.strictObject({
  reason: z.enum(REPORT_REASONS),
  detail: text("The detail").optional(),
});
export type CreateReportInput = z.infer<typeof createReportSchema>;

/** A resource as an admin may set it while approving (every field optional: only what is sent changes). */
export const resourceEditSchema = z.strictObject({
  title: title.optional(),
  url: httpUrlSchema.optional(),
  kind: resourceKindSchema.optional(),
  author: storableString().trim().max(TITLE_MAX).nullable().optional(),
  note: text("The note").nullable().optional(),
  effortMinutes: effortMinutesSchema.optional(),
  status: z.enum(["ACTIVE", "ARCHIVED"]).optional(),
});
export type ResourceEditInput = z.infer<typeof resourceEditSchema>;

/** POST /api/admin/review/{id}/approve (the body may be empty). */
export const approveSchema = z.strictObject({ resource: resourceEditSchema.optional() });
export type ApproveInput = z.infer<typeof approveSchema>;

/** POST /api/admin/review/{id}/reject */
export const rejectSchema = z.strictObject({
  reason: storableString().trim().min(1, "Give a reason").max(TEXT_MAX, `A reason can be at most ${TEXT_MAX} characters`),
});

/** GET /api/admin/review */
export const reviewQuerySchema = z.strictObject({
  status: z.enum(SUBMISSION_STATUSES).default("OPEN"),
  type: z.enum(SUBMISSION_TYPES).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ReviewQuery = z.infer<typeof reviewQuerySchema>;

/** Submission ids are cuids: anything else names nothing (404). */
export const submissionParams = z.object({ id: z.string().regex(/^[a-z0-9]{20,40}$/) });

const topicRef = z.object({ slug: z.string(), title: z.string() });

/** A resource as the review screens show and edit it (the admin API's resource, without its place in the topic). */
export const reviewResourceDtoSchema = adminResourceDtoSchema.pick({
  id: true, title: true, url: true, kind: true, author: true, note: true, effortMinutes: true, status: true,
});
export type ReviewResourceDto = z.infer<typeof reviewResourceDtoSchema>;

/** One item of GET /api/me/submissions (the learner's own). */
export const mySubmissionDtoSchema = z.object({
  id: z.string(),
  type: z.enum(SUBMISSION_TYPES),
  status: z.enum(SUBMISSION_STATUSES),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  topic: topicRef,
  /** SUGGESTION: what was suggested. REPORT: the reported resource's title. */
  title: z.string().nullable(),
  url: z.string().nullable(),
  reason: z.enum(REPORT_REASONS).nullable(),
  note: z.string().nullable(),
});
export type MySubmissionDto = z.infer<typeof mySubmissionDtoSchema>;

/** One item of GET /api/admin/review. */
export const reviewItemDtoSchema = mySubmissionDtoSchema.extend({
  kind: resourceKindSchema.nullable(),
  submitter: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  resource: reviewResourceDtoSchema.nullable(),
  decidedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type ReviewItemDto = z.infer<typeof reviewItemDtoSchema>;
/** GET /api/admin/review */
export const reviewPageSchema = z.object({ items: z.array(reviewItemDtoSchema), nextCursor: z.string().nullable() });

/** 201 of the learner's POSTs. */
export const createdSubmissionDtoSchema = z.object({ id: z.string(), status: z.literal("OPEN"), type: z.enum(SUBMISSION_TYPES), createdAt: z.string() });
export type CreatedSubmissionDto = z.infer<typeof createdSubmissionDtoSchema>;
