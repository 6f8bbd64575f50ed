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
