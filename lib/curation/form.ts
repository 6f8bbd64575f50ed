// The admin content forms: every field a string as the inputs hold it, and
// the API body each form sends. Pure, shared by the forms and their tests.
import { z } from "zod";
import { httpUrlSchema, resourceKindSchema, slugSchema } from "@/lib/catalog/schema";
import { storableString } from "@/lib/text";
import {
  AUTHOR_MAX, EFFORT_MAX, MARKDOWN_MAX, SUMMARY_MAX, TITLE_MAX,
  type AdminResourceDto, type CreateResourceBody, type UpdateResourceInput,
} from "@/lib/curation/schema";

const title = storableString().trim().min(1, "Enter a title").max(TITLE_MAX, `A title can be at most ${TITLE_MAX} characters`);
const markdown = storableString().max(MARKDOWN_MAX, `At most ${MARKDOWN_MAX.toLocaleString("en")} characters`);
const optionalSlug = z.union([z.literal(""), slugSchema], { error: "Lowercase letters, digits and single hyphens (or leave empty)" });

export const trackFormSchema = z.object({
  title,
  summary: storableString().trim().max(SUMMARY_MAX, `At most ${SUMMARY_MAX.toLocaleString("en")} characters`),
  intro: markdown,
  slug: optionalSlug,
});
export type TrackFormValues = z.infer<typeof trackFormSchema>;

export const topicFormSchema = z.object({ title, intro: markdown, slug: optionalSlug, track: z.string() });
export type TopicFormValues = z.infer<typeof topicFormSchema>;

export const keyPointFormSchema = z.object({ title, text: markdown });
export type KeyPointFormValues = z.infer<typeof keyPointFormSchema>;

export const resourceFormSchema = z.object({
  title,
  url: httpUrlSchema,
  kind: resourceKindSchema,
  author: storableString().trim().max(AUTHOR_MAX, `At most ${AUTHOR_MAX} characters`),
  note: markdown,
  effortMinutes: z
    .string()
    .trim()
    .regex(/^(|\d+)$/, "Minutes as a whole number (empty: the default for the kind)")
    .refine((value) => value === "" || (Number(value) >= 1 && Number(value) <= EFFORT_MAX), `Between 1 and ${EFFORT_MAX.toLocaleString("en")} minutes`),
});
export type ResourceFormValues = z.infer<typeof resourceFormSchema>;

export const emptyResourceForm: ResourceFormValues = { title: "", url: "", kind: "ARTICLE", author: "", note: "", effortMinutes: "" };

/** A resource as its edit form starts. */
export function resourceFormDefaults(resource: AdminResourceDto): ResourceFormValues {
  return {
    title: resource.title,
    url: resource.url,
    kind: resource.kind,
    author: resource.author ?? "",
    note: resource.note ?? "",
    effortMinutes: resource.effortMinutes?.toString() ?? "",
  };
}

/** The create body of a filled resource form (empty author, note, effort: none / the default). */
export function resourceCreateBody(values: ResourceFormValues): CreateResourceBody {
  return {
    title: values.title,
    url: values.url,
    kind: values.kind,
    author: values.author || null,
    note: values.note || null,
    effortMinutes: values.effortMinutes === "" ? null : Number(values.effortMinutes),
  };
}

/** The PATCH body of an edited resource form: only the fields that differ from the resource as it is. */
export function resourcePatch(resource: AdminResourceDto, values: ResourceFormValues): UpdateResourceInput {
  const next = resourceCreateBody(values);
  const patch: UpdateResourceInput = {};
  if (next.title !== resource.title) patch.title = next.title;
  if (next.url !== resource.url) patch.url = next.url;
  if (next.kind !== resource.kind) patch.kind = next.kind;
  if (next.author !== resource.author) patch.author = next.author;
  if (next.note !== resource.note) patch.note = next.note;
  if (next.effortMinutes !== resource.effortMinutes) patch.effortMinutes = next.effortMinutes;
  return patch;
}

/** The fields of `values` that differ from `current` (an edit form sends only what changed). */
export function changedFields<T extends Record<string, string>>(current: T, values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => current[key] !== value)) as Partial<T>;
}
