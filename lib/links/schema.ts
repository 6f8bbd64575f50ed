import { z } from "zod";

/** How one check of a URL ended (the enum LinkOutcome of link_checks). */
export const LINK_OUTCOMES = ["OK", "BROKEN", "REDIRECTED", "BLOCKED"] as const;
export type LinkOutcome = (typeof LINK_OUTCOMES)[number];

/** What GET /api/admin/links can flag a URL with: the last check's outcome, or a finding that needs no network. */
export const LINK_FLAGS = ["BROKEN", "REDIRECTED", "BLOCKED", "DUPLICATE", "SUSPICIOUS"] as const;
export const linkFlagSchema = z.enum(LINK_FLAGS);
export type LinkFlag = z.infer<typeof linkFlagSchema>;

export const redirectHopSchema = z.object({ url: z.string(), status: z.number() });
export type RedirectHop = z.infer<typeof redirectHopSchema>;

/** One check of one URL, as the checker reports it and link_checks stores it. */
export type LinkCheckResult = {
  url: string;
  outcome: LinkOutcome;
  httpStatus: number | null;
  finalUrl: string | null;
  redirects: RedirectHop[];
  error: string | null;
  ms: number;
  checkedAt: Date;
};

export const LINK_CHECK_RUN_STATUSES = ["QUEUED", "RUNNING", "DONE", "FAILED"] as const;
export type LinkCheckRunStatus = (typeof LINK_CHECK_RUN_STATUSES)[number];

/** GET /api/admin/link-checks/{id} (and the 202 of POST /api/admin/link-checks). */
export const linkCheckRunDtoSchema = z.object({
  id: z.string(),
  status: z.enum(LINK_CHECK_RUN_STATUSES),
  trigger: z.string(),
  total: z.number(),
  checked: z.number(),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type LinkCheckRunDto = z.infer<typeof linkCheckRunDtoSchema>;

/** Run ids are cuids: anything else names nothing (404). */
export const linkCheckRunParams = z.object({ id: z.string().regex(/^[a-z0-9]{20,40}$/) });

/** GET /api/admin/links?flag= */
export const listLinksQuerySchema = z.strictObject({ flag: linkFlagSchema.optional() });

export const lastCheckDtoSchema = z.object({
  at: z.string(),
  outcome: z.enum(LINK_OUTCOMES),
  httpStatus: z.number().nullable(),
  finalUrl: z.string().nullable(),
  redirects: z.array(redirectHopSchema),
  error: z.string().nullable(),
  ms: z.number(),
});
export type LastCheckDto = z.infer<typeof lastCheckDtoSchema>;

const topicRef = z.object({ slug: z.string(), title: z.string() });
/** Where a URL appears: a resource (its id, title and topic), or a link inside a topic's text. */
export const linkResourceDtoSchema = z.object({ id: z.string(), title: z.string(), topic: topicRef });
export type LinkResourceDto = z.infer<typeof linkResourceDtoSchema>;
export const linkMentionDtoSchema = z.object({ label: z.string(), where: z.string(), topic: topicRef });
export type LinkMentionDto = z.infer<typeof linkMentionDtoSchema>;

/** One item of GET /api/admin/links. */
export const linkItemDtoSchema = z.object({
  url: z.string(),
  normalizedUrl: z.string(),
  flags: z.array(linkFlagSchema),
  /** Why the link counts as a duplicate, when it does. */
  duplication: z.string().nullable(),
  /** Why the link looks suspicious, when it does. */
  suspicion: z.string().nullable(),
  /** REDIRECTED: where the link ended up (suggested replacement). */
  suggestedUrl: z.string().nullable(),
  resources: z.array(linkResourceDtoSchema),
  mentions: z.array(linkMentionDtoSchema),
  lastCheck: lastCheckDtoSchema.nullable(),
  /** The latest checks, newest first (the first is `lastCheck`). */
  history: z.array(lastCheckDtoSchema),
});
export type LinkItemDto = z.infer<typeof linkItemDtoSchema>;
/** GET /api/admin/links */
export const linkListSchema = z.object({ items: z.array(linkItemDtoSchema) });
