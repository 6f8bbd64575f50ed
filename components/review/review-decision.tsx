"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { rejectSchema, type ReviewItemDto } from "@/lib/review/schema";
import { resourceEdit, resourceFormDefaults, resourceFormSchema, type ResourceFormValues } from "@/lib/review/form";
import { sendJson } from "@/components/progress/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { KIND_OPTIONS } from "@/components/review/labels";

/**
 * The decision on one open submission, in one screen: the resource form
 * (a suggestion's resource to create, or the reported resource to fix or
 * archive) with Approve, and Reject with its required reason.
 */
export function ReviewDecision({ item }: { item: ReviewItemDto }) {
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<ResourceFormValues>({ resolver: zodResolver(resourceFormSchema), defaultValues: resourceFormDefaults(item) });
  const rejection = useForm<{ reason: string }>({ resolver: zodResolver(rejectSchema), defaultValues: { reason: "" } });
  // The decided card stays where it is with its outcome (the list does not jump under the admin's
  // pointer); it leaves the open queue on the next load.
  const onDecided = (message: string) => setDone(message);
  const approve = useMutation({
    mutationFn: (values: ResourceFormValues) => {
      const edit = resourceEdit(item, values);
      return sendJson("POST", `/api/admin/review/${item.id}/approve`, Object.keys(edit).length ? { resource: edit } : {});
    },
    onSuccess: () => onDecided(item.type === "SUGGESTION" ? "Approved: the resource was added." : "Approved: the report is resolved."),
  });
  const reject = useMutation({
    mutationFn: (input: { reason: string }) => sendJson("POST", `/api/admin/review/${item.id}/reject`, input),
    onSuccess: () => onDecided("Rejected."),
  });

  if (done) return <Alert tone="success">{done}</Alert>;
  const name = `“${item.title ?? "submission"}”`;
  const errors = form.formState.errors;
  const busy = approve.isPending || reject.isPending;
  return (
    <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
      <form onSubmit={form.handleSubmit((values) => approve.mutate(values))} noValidate className="flex flex-col gap-3" aria-label={`Approve ${name}`}>
        <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">
          {item.type === "SUGGESTION" ? "The resource to add" : "The reported resource"}
        </h3>
        {approve.error && <Alert tone="error">{approve.error.message}</Alert>}
        <TextField label="Title" error={errors.title?.message} {...form.register("title")} />
        <TextField label="URL" type="url" error={errors.url?.message} {...form.register("url")} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField label="Kind" options={[{ value: "", label: "Guess from the URL" }, ...KIND_OPTIONS]} error={errors.kind?.message} {...form.register("kind")} />
          <TextField label="Effort (minutes)" inputMode="numeric" error={errors.effortMinutes?.message} {...form.register("effortMinutes")} />
        </div>
        <TextField label="Author" error={errors.author?.message} {...form.register("author")} />
        <TextArea label="Note (Markdown)" error={errors.note?.message} {...form.register("note")} />
        {item.type === "REPORT" && (
          <label className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input type="checkbox" className="h-4 w-4 accent-indigo-700" {...form.register("archive")} />
            Archive this resource (learners keep what they recorded on it)
          </label>
        )}
        <div>
          <Button type="submit" disabled={busy}>
            {item.type === "SUGGESTION" ? "Approve and add the resource" : "Approve and resolve"}
          </Button>
        </div>
      </form>
      <form onSubmit={rejection.handleSubmit((values) => reject.mutate(values))} noValidate className="flex flex-col gap-3" aria-label={`Reject ${name}`}>
        <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">Or reject it</h3>
        {reject.error && <Alert tone="error">{reject.error.message}</Alert>}
        <TextArea label="Reason (the learner sees it)" error={rejection.formState.errors.reason?.message} {...rejection.register("reason")} />
        <div>
          <Button type="submit" variant="danger" disabled={busy}>
            Reject
          </Button>
        </div>
      </form>
    </div>
  );
}
