// The admin's resource form on the review screen: every field a string as the
// inputs hold it, turned into the approve request's `resource` edit. Pure, so
// the form and its tests share it.
import { z } from "zod";
import { httpUrlSchema, resourceKindSchema } from "@/lib/catalog/schema";
import { storableString } from "@/lib/text";
import { TEXT_MAX, TITLE_MAX, type ResourceEditInput, type ReviewItemDto } from "@/lib/review/schema";

export const resourceFormSchema = z.object({
  title: storableString().trim().min(1, "Enter a title").max(TITLE_MAX, `A title can be at most ${TITLE_MAX} characters`),
  url: httpUrlSchema,
  kind: z.union([resourceKindSchema, z.literal("")]),
  author: storableString().trim().max(TITLE_MAX, `At most ${TITLE_MAX} characters`),
  note: storableString().trim().max(TEXT_MAX, `At most ${TEXT_MAX} characters`),
  effortMinutes: z.string().trim().regex(/^(|[1-9]\d{0,4})$/, "Minutes as a whole number (empty: the default for the kind)"),
  archive: z.boolean(),
});
export type ResourceFormValues = z.infer<typeof resourceFormSchema>;

/** The form's starting values: the suggestion as sent, or the reported resource as it is. */
export function resourceFormDefaults(item: ReviewItemDto): ResourceFormValues {
  const resource = item.type === "REPORT" ? item.resource : null;
  return {
    title: resource?.title ?? item.title ?? "",
    url: resource?.url ?? item.url ?? "",
    kind: resource?.kind ?? item.kind ?? "",
    author: resource?.author ?? "",
    note: resource?.note ?? "",
    effortMinutes: resource?.effortMinutes?.toString() ?? "",
    archive: false,
  };
}

/**
 * What to send as `resource`: for a suggestion every filled field (empty ones
 * fall back to the suggestion or the defaults); for a report only the fields
 * that differ from the resource as it is, so an untouched form changes nothing.
 */
export function resourceEdit(item: ReviewItemDto, values: ResourceFormValues): ResourceEditInput {
  const effort = values.effortMinutes === "" ? null : Number(values.effortMinutes);
  if (item.type === "SUGGESTION") {
    return {
      title: values.title,
      url: values.url,
      ...(values.kind ? { kind: values.kind } : {}),
      ...(values.author ? { author: values.author } : {}),
      ...(values.note ? { note: values.note } : {}),
      ...(effort !== null ? { effortMinutes: effort } : {}),
    };
  }
  const before = resourceFormDefaults(item);
  const edit: ResourceEditInput = {};
  if (values.title !== before.title) edit.title = values.title;
  if (values.url !== before.url) edit.url = values.url;
  if (values.kind && values.kind !== before.kind) edit.kind = values.kind;
  if (values.author !== before.author) edit.author = values.author || null;
  if (values.note !== before.note) edit.note = values.note || null;
  if (values.effortMinutes !== before.effortMinutes) edit.effortMinutes = effort;
  if (values.archive) edit.status = "ARCHIVED";
  return edit;
}
