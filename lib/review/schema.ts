import { z } from "zod";
import { httpUrlSchema, resourceKindSchema, type ResourceKind } from "@/lib/catalog/schema";
import { effortMinutesSchema } from "@/lib/curation/schema";
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

type TopicRef = { slug: string; title: string };

/** A resource as the review screens show and edit it. */
export type ReviewResourceDto = {
  id: string;
  title: string;
  url: string;
  kind: ResourceKind;
  author: string | null;
  note: string | null;
  effortMinutes: number | null;
  status: "ACTIVE" | "ARCHIVED";
};

/** One item of GET /api/me/submissions (the learner's own). */
export type MySubmissionDto = {
  id: string;
  type: SubmissionType;
  status: SubmissionStatus;
  decisionReason: string | null;
  createdAt: string;
  decidedAt: string | null;
  topic: TopicRef;
  /** SUGGESTION: what was suggested. REPORT: the reported resource's title. */
  title: string | null;
  url: string | null;
  reason: ReportReason | null;
  note: string | null;
};

/** One item of GET /api/admin/review. */
export type ReviewItemDto = MySubmissionDto & {
  kind: ResourceKind | null;
  submitter: { id: string; name: string; email: string };
  resource: ReviewResourceDto | null;
  decidedBy: { id: string; name: string } | null;
};

/** 201 of the learner's POSTs. */
export type CreatedSubmissionDto = { id: string; status: "OPEN"; type: SubmissionType; createdAt: string };
