// Inputs (zod) and answers (DTO types) of the teams API, shared by the route
// handlers, the pages' forms and their client hooks. No Prisma here.
import { z } from "zod";
import { emailSchema } from "@/lib/accounts/schema";
import { slugSchema } from "@/lib/catalog/schema";
import { storableString } from "@/lib/text";
import type { TopicStatus } from "@/lib/progress/schema";

export const TEAM_ROLES = ["LEAD", "MEMBER"] as const;
export const teamRoleSchema = z.enum(TEAM_ROLES);
export type TeamRole = z.infer<typeof teamRoleSchema>;

export const ASSIGNMENT_STATES = ["DONE", "OVERDUE", "AT_RISK", "ON_TRACK"] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export const INVITE_DEFAULT_DAYS = 7;
export const INVITE_MAX_DAYS = 30;
export const PATH_MAX_ITEMS = 200;
export const ITEM_MAX_RESOURCES = 100;
export const DEFAULT_HOURS_PER_WEEK = 5;
export const ACTIVITY_PAGE_SIZE = 20;

// Row ids (cuids). Anything else in a path names nothing: 404.
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** An invite token: 32 random bytes, base64url (43 characters). */
export const INVITE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const teamParams = z.object({ teamId: idSchema });
export const memberParams = teamParams.extend({ userId: idSchema });
export const inviteParams = teamParams.extend({ inviteId: idSchema });
export const pathParams = teamParams.extend({ pathId: idSchema });
export const assignmentParams = teamParams.extend({ assignmentId: idSchema });
export const tokenParams = z.object({ token: z.string().regex(INVITE_TOKEN_PATTERN) });

/** One line of text people see (names, titles): no control characters (mail headers, CSV rows). */
const lineOfText = (what: string, max: number) =>
  storableString()
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), `${what} must be a single line of text`)
    .trim()
    .min(1, `Enter a ${what.toLowerCase()}`)
    .max(max, `${what} must be at most ${max} characters`);

export const teamNameSchema = lineOfText("Name", 100);

/** POST /api/teams */
export const createTeamSchema = z.strictObject({ name: teamNameSchema });
export type CreateTeamInput = z.infer<typeof createTeamSchema>;

/** PATCH /api/teams/{teamId} (either field, or both). */
export const updateTeamSchema = z
  .strictObject({ name: teamNameSchema.optional(), membersSeeProgress: z.boolean().optional() })
  .refine((input) => input.name !== undefined || input.membersSeeProgress !== undefined, "Send name or membersSeeProgress");
export type UpdateTeamInput = z.infer<typeof updateTeamSchema>;

/** PATCH /api/teams/{teamId}/members/{userId} */
export const changeRoleSchema = z.strictObject({ role: teamRoleSchema });

/** POST /api/teams/{teamId}/invites. No email: an open link. */
export const createInviteSchema = z.strictObject({
  email: emailSchema.nullable().optional(),
  role: teamRoleSchema.default("MEMBER"),
  expiresInDays: z
    .number()
    .int("expiresInDays must be a whole number of days")
    .min(1, "An invite lasts at least 1 day")
    .max(INVITE_MAX_DAYS, `An invite lasts at most ${INVITE_MAX_DAYS} days`)
    .default(INVITE_DEFAULT_DAYS),
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

const pathItemSchema = z.strictObject({
  topic: slugSchema,
  /** Narrows the item to some of the topic's active resources; absent or empty = all of them. */
  resourceIds: z.array(idSchema).max(ITEM_MAX_RESOURCES, `An item can pin at most ${ITEM_MAX_RESOURCES} resources`).optional(),
});

/** POST /api/teams/{teamId}/paths and PUT …/paths/{pathId} (PUT replaces all of it). */
export const pathInputSchema = z
  .strictObject({
    title: lineOfText("Title", 200),
    description: storableString().trim().max(5_000, "Description must be at most 5,000 characters").default(""),
    items: z
      .array(pathItemSchema)
      .min(1, "A path needs at least one topic")
      .max(PATH_MAX_ITEMS, `A path can have at most ${PATH_MAX_ITEMS} topics`),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.items.forEach((item, index) => {
      if (seen.has(item.topic)) ctx.addIssue({ code: "custom", path: ["items", index, "topic"], message: `Topic "${item.topic}" is already in the path` });
      seen.add(item.topic);
      const ids = item.resourceIds ?? [];
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["items", index, "resourceIds"], message: "A resource is listed twice" });
    });
  });
export type PathInput = z.infer<typeof pathInputSchema>;

/** A calendar date, YYYY-MM-DD, that exists. */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD")
  .refine((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true; // the regex above already said so
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "No such date");

/** POST /api/teams/{teamId}/assignments. No userId (or null): the whole team, members who join later included. */
export const createAssignmentSchema = z.strictObject({
  pathId: idSchema,
  userId: idSchema.nullable().optional(),
  dueDate: calendarDateSchema,
  hoursPerWeek: z
    .number()
    .positive("hoursPerWeek must be more than 0")
    .max(168, "A week has 168 hours")
    .default(DEFAULT_HOURS_PER_WEEK),
});
export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

/** POST /api/teams/{teamId}/assignments/{assignmentId}/reminders */
export const reminderSchema = z.strictObject({ userId: idSchema });

/** GET /api/teams/{teamId}/progress?pathId= (and progress.csv) */
export const progressQuerySchema = z.strictObject({ pathId: idSchema });
/** GET /api/teams/{teamId}/activity?cursor= */
export const activityQuerySchema = z.strictObject({ cursor: z.string().max(200).optional() });

// ───────────── answers ─────────────

/** GET /api/teams items; POST /api/teams answers the same with role LEAD. */
export type TeamSummaryDto = { id: string; name: string; role: TeamRole; memberCount: number };
export type MemberDto = { userId: string; name: string; email: string; role: TeamRole; joinedAt: string };
/** GET /api/teams/{teamId} */
export type TeamDetailDto = { id: string; name: string; role: TeamRole; membersSeeProgress: boolean; members: MemberDto[] };

/** GET /api/teams/{teamId}/invites items (pending only: not used, revoked or expired). */
export type InviteDto = { id: string; email: string | null; role: TeamRole; expiresAt: string; createdAt: string };
/** POST /api/teams/{teamId}/invites: the token and its url are shown this once; `mailed` says whether the link went out by mail. */
export type CreatedInviteDto = InviteDto & { token: string; url: string; mailed: boolean };
/** GET /api/invites/{token}. `member` is the caller's role when signed in and already in the team. */
export type InvitePreviewDto = {
  team: { id: string; name: string };
  role: TeamRole;
  email: string | null;
  expiresAt: string;
  member: TeamRole | null;
};
/** POST /api/invites/{token}/accept */
export type AcceptedInviteDto = { teamId: string; role: TeamRole };

export type TopicRefDto = { slug: string; title: string; track: { slug: string; title: string } };
/** One item of a path; `position` is 0-based and equals the index in `items`. */
export type PathItemDto = { position: number; topic: TopicRefDto; resourceIds: string[]; effortMinutes: number };
/** POST/GET/PUT /api/teams/{teamId}/paths/{pathId} */
export type PathDto = {
  id: string;
  title: string;
  description: string;
  effortMinutes: number;
  items: PathItemDto[];
  createdAt: string;
  updatedAt: string;
};
/** GET /api/teams/{teamId}/paths items (active paths, newest first). */
export type PathSummaryDto = Omit<PathDto, "items"> & { itemCount: number };

/** POST/GET /api/teams/{teamId}/assignments. `userId` null = the whole team. */
export type AssignmentDto = {
  id: string;
  pathId: string;
  userId: string | null;
  dueDate: string;
  hoursPerWeek: number;
  path: { id: string; title: string };
  user: { id: string; name: string } | null;
  createdAt: string;
};

/** A member's computed progress on a path (never stored). */
export type PathProgress = {
  done: number;
  total: number;
  percent: number;
  remainingMinutes: number;
  /** Hours a week needed to finish by the due date; null without a due date or once overdue; 0 when done. */
  paceHoursPerWeek: number | null;
  state: AssignmentState;
};

/** One row of the team dashboard matrix. `items` = the member's status per path item, in path order. */
export type MemberProgressDto = {
  userId: string;
  name: string;
  email: string;
  role: TeamRole;
  percent: number;
  done: number;
  total: number;
  remainingMinutes: number;
  /** null when the member has no assignment of the path (nobody has one: every member is listed). */
  state: AssignmentState | null;
  assignmentId: string | null;
  dueDate: string | null;
  hoursPerWeek: number | null;
  paceHoursPerWeek: number | null;
  /** Last day with study activity since joining, in the member's time zone (YYYY-MM-DD). */
  lastStudiedOn: string | null;
  items: TopicStatus[];
};
/** GET /api/teams/{teamId}/progress?pathId= */
export type TeamProgressDto = {
  path: {
    id: string;
    title: string;
    effortMinutes: number;
    items: { topic: TopicRefDto; effortMinutes: number }[];
  };
  /** true: the caller sees every row (a lead, or membersSeeProgress); false: only their own. */
  seesEveryone: boolean;
  members: MemberProgressDto[];
};

export type ActivityKindDto = "STARTED" | "FINISHED";
export type ActivityItemDto = {
  id: string;
  at: string;
  user: { id: string; name: string };
  topic: { slug: string; title: string };
  kind: ActivityKindDto;
};
/** GET /api/teams/{teamId}/activity?cursor= (newest first). */
export type ActivityPageDto = { items: ActivityItemDto[]; nextCursor: string | null };

/** POST …/reminders (202). */
export type ReminderDto = { assignmentId: string; userId: string; sentOn: string; mailed: boolean };

/** GET /api/me/assignments items. */
export type MyAssignmentDto = PathProgress & {
  id: string;
  team: { id: string; name: string };
  path: { id: string; title: string };
  dueDate: string;
  hoursPerWeek: number;
  /** The first item whose topic is not DONE, in path order (the dashboard's link). */
  nextItem: { slug: string; title: string } | null;
};

/** The path editor's topic picker (lib/teams/picker.ts): active tracks → topics → resources with effort. */
export type PickerTrackDto = {
  slug: string;
  title: string;
  topics: { slug: string; title: string; resources: { id: string; title: string; kind: string; effortMinutes: number }[] }[];
};
