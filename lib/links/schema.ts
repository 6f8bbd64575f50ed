import { z } from "zod";

/** How one check of a URL ended (the enum LinkOutcome of link_checks). */
export const LINK_OUTCOMES = ["OK", "BROKEN", "REDIRECTED", "BLOCKED"] as const;
export type LinkOutcome = (typeof LINK_OUTCOMES)[number];

/** What GET /api/admin/links can flag a URL with: the last check's outcome, or a finding that needs no network. */
export const LINK_FLAGS = ["BROKEN", "REDIRECTED", "BLOCKED", "DUPLICATE", "SUSPICIOUS"] as const;
export const linkFlagSchema = z.enum(LINK_FLAGS);
export type LinkFlag = z.infer<typeof linkFlagSchema>;

export type RedirectHop = { url: string; status: number };

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
export type LinkCheckRunDto = {
  id: string;
  status: LinkCheckRunStatus;
  trigger: string;
  total: number;
  checked: number;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

/** Run ids are cuids: anything else names nothing (404). */
export const linkCheckRunParams = z.object({ id: z.string().regex(/^[a-z0-9]{20,40}$/) });

/** GET /api/admin/links?flag= */
export const listLinksQuerySchema = z.strictObject({ flag: linkFlagSchema.optional() });

export type LastCheckDto = {
  at: string;
  outcome: LinkOutcome;
  httpStatus: number | null;
  finalUrl: string | null;
  redirects: RedirectHop[];
  error: string | null;
  ms: number;
};

/** Where a URL appears: a resource (its id, title and topic), or a link inside a topic's text. */
export type LinkResourceDto = { id: string; title: string; topic: { slug: string; title: string } };
export type LinkMentionDto = { label: string; where: string; topic: { slug: string; title: string } };

/** One item of GET /api/admin/links. */
export type LinkItemDto = {
  url: string;
  normalizedUrl: string;
  flags: LinkFlag[];
  /** Why the link counts as a duplicate, when it does. */
  duplication: string | null;
  /** Why the link looks suspicious, when it does. */
  suspicion: string | null;
  /** REDIRECTED: where the link ended up (suggested replacement). */
  suggestedUrl: string | null;
  resources: LinkResourceDto[];
  mentions: LinkMentionDto[];
  lastCheck: LastCheckDto | null;
  /** The latest checks, newest first (the first is `lastCheck`). */
  history: LastCheckDto[];
};
