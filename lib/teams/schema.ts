// Inputs (zod) and answers (DTO types) of the teams API, shared by the route
// handlers, the pages' forms and their client hooks. No Prisma here.
import { z } from "zod";
import { emailSchema } from "@/lib/accounts/schema";
import { slugSchema } from "@/lib/catalog/schema";
import { storableString } from "@/lib/text";
import { topicStatusSchema } from "@/lib/progress/schema";

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

// ───────────── answers (zod, so the OpenAPI document and the contract test use them) ─────────────

const assignmentStateSchema = z.enum(ASSIGNMENT_STATES);

/** GET /api/teams items; POST /api/teams answers the same with role LEAD. */
export const teamSummaryDtoSchema = z.object({ id: z.string(), name: z.string(), role: teamRoleSchema, memberCount: z.number() });
export type TeamSummaryDto = z.infer<typeof teamSummaryDtoSchema>;
export const memberDtoSchema = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: teamRoleSchema, joinedAt: z.string() });
export type MemberDto = z.infer<typeof memberDtoSchema>;
/** GET /api/teams/{teamId} */
export const teamDetailDtoSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: teamRoleSchema,
  membersSeeProgress: z.boolean(),
  members: z.array(memberDtoSchema),
});
export type TeamDetailDto = z.infer<typeof teamDetailDtoSchema>;

/** GET /api/teams/{teamId}/invites items (pending only: not used, revoked or expired). */
export const inviteDtoSchema = z.object({
  id: z.string(),
  email: z.string().nullable(),
  role: teamRoleSchema,
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type InviteDto = z.infer<typeof inviteDtoSchema>;
/** POST /api/teams/{teamId}/invites: the token and its url are shown this once; `mailed` says whether the link went out by mail. */
export const createdInviteDtoSchema = inviteDtoSchema.extend({ token: z.string(), url: z.string(), mailed: z.boolean() });
export type CreatedInviteDto = z.infer<typeof createdInviteDtoSchema>;
/** GET /api/invites/{token}. `member` is the caller's role when signed in and already in the team. */
export const invitePreviewDtoSchema = z.object({
  team: z.object({ id: z.string(), name: z.string() }),
  role: teamRoleSchema,
  email: z.string().nullable(),
  expiresAt: z.string(),
  member: teamRoleSchema.nullable(),
});
export type InvitePreviewDto = z.infer<typeof invitePreviewDtoSchema>;
/** POST /api/invites/{token}/accept */
export const acceptedInviteDtoSchema = z.object({ teamId: z.string(), role: teamRoleSchema });
export type AcceptedInviteDto = z.infer<typeof acceptedInviteDtoSchema>;

const topicRefDtoSchema = z.object({ slug: z.string(), title: z.string(), track: z.object({ slug: z.string(), title: z.string() }) });
export type TopicRefDto = z.infer<typeof topicRefDtoSchema>;
/** One item of a path; `position` is 0-based and equals the index in `items`. */
export const pathItemDtoSchema = z.object({
  position: z.number(),
  topic: topicRefDtoSchema,
  resourceIds: z.array(z.string()),
  effortMinutes: z.number(),
});
export type PathItemDto = z.infer<typeof pathItemDtoSchema>;
/** POST/GET/PUT /api/teams/{teamId}/paths/{pathId} */
export const pathDtoSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  effortMinutes: z.number(),
  items: z.array(pathItemDtoSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PathDto = z.infer<typeof pathDtoSchema>;
/** GET /api/teams/{teamId}/paths items (active paths, newest first). */
export const pathSummaryDtoSchema = pathDtoSchema.omit({ items: true }).extend({ itemCount: z.number() });
export type PathSummaryDto = z.infer<typeof pathSummaryDtoSchema>;

/** POST/GET /api/teams/{teamId}/assignments. `userId` null = the whole team. */
export const assignmentDtoSchema = z.object({
  id: z.string(),
  pathId: z.string(),
  userId: z.string().nullable(),
  dueDate: z.string(),
  hoursPerWeek: z.number(),
  path: z.object({ id: z.string(), title: z.string() }),
  user: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type AssignmentDto = z.infer<typeof assignmentDtoSchema>;

/** A member's computed progress on a path (never stored). */
export const pathProgressSchema = z.object({
  done: z.number(),
  total: z.number(),
  percent: z.number(),
  remainingMinutes: z.number(),
  /** Hours a week needed to finish by the due date; null without a due date or once overdue; 0 when done. */
  paceHoursPerWeek: z.number().nullable(),
  state: assignmentStateSchema,
});
export type PathProgress = z.infer<typeof pathProgressSchema>;

/** One row of the team dashboard matrix. `items` = the member's status per path item, in path order. */
export const memberProgressDtoSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: teamRoleSchema,
  percent: z.number(),
  done: z.number(),
  total: z.number(),
  remainingMinutes: z.number(),
  /** null when the member has no assignment of the path (nobody has one: every member is listed). */
  state: assignmentStateSchema.nullable(),
  assignmentId: z.string().nullable(),
  dueDate: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  paceHoursPerWeek: z.number().nullable(),
  /** Last day with study activity since joining, in the member's time zone (YYYY-MM-DD). */
  lastStudiedOn: z.string().nullable(),
  items: z.array(topicStatusSchema),
});
export type MemberProgressDto = z.infer<typeof memberProgressDtoSchema>;
/** GET /api/teams/{teamId}/progress?pathId= */
export const teamProgressDtoSchema = z.object({
  path: z.object({
    id: z.string(),
    title: z.string(),
    effortMinutes: z.number(),
    items: z.array(z.object({ topic: topicRefDtoSchema, effortMinutes: z.number() })),
  }),
  /** true: the caller sees every row (a lead, or membersSeeProgress); false: only their own. */
  seesEveryone: z.boolean(),
  members: z.array(memberProgressDtoSchema),
});
export type TeamProgressDto = z.infer<typeof teamProgressDtoSchema>;

export type ActivityKindDto = "STARTED" | "FINISHED";
export const activityItemDtoSchema = z.object({
  id: z.string(),
  at: z.string(),
  user: z.object({ id: z.string(), name: z.string() }),
  topic: z.object({ slug: z.string(), title: z.string() }),
  kind: z.enum(["STARTED", "FINISHED"]),
});
export type ActivityItemDto = z.infer<typeof activityItemDtoSchema>;
/** GET /api/teams/{teamId}/activity?cursor= (newest first). */
export const activityPageDtoSchema = z.object({ items: z.array(activityItemDtoSchema), nextCursor: z.string().nullable() });
export type ActivityPageDto = z.infer<typeof activityPageDtoSchema>;

/** POST …/reminders (202). */
export const reminderDtoSchema = z.object({ assignmentId: z.string(), userId: z.string(), sentOn: z.string(), mailed: z.boolean() });
export type ReminderDto = z.infer<typeof reminderDtoSchema>;

/** GET /api/me/assignments items. */
export const myAssignmentDtoSchema = pathProgressSchema.extend({
  id: z.string(),
  team: z.object({ id: z.string(), name: z.string() }),
  path: z.object({ id: z.string(), title: z.string() }),
  dueDate: z.string(),
  hoursPerWeek: z.number(),
  /** The first item whose topic is not DONE, in path order (the dashboard's link). */
  nextItem: z.object({ slug: z.string(), title: z.string() }).nullable(),
});
export type MyAssignmentDto = z.infer<typeof myAssignmentDtoSchema>;

/** The path editor's topic picker (lib/teams/picker.ts): active tracks → topics → resources with effort. */
export type PickerTrackDto = {
  slug: string;
  title: string;
  topics: { slug: string; title: string; resources: { id: string; title: string; kind: string; effortMinutes: number }[] }[];
};
