"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { QueryKey } from "@tanstack/react-query";
import { RESOURCE_KINDS, type ResourceKind } from "@/lib/catalog/schema";
import type { AdminResourceDto } from "@/lib/curation/schema";
import { emptyResourceForm, resourceCreateBody, resourceFormDefaults, resourceFormSchema, resourcePatch, type ResourceFormValues } from "@/lib/curation/form";
import { useAdminWrite } from "@/components/admin/api";
import { RESOURCE_KIND_LABELS } from "@/components/catalog/resource-kind-badge";
import { Button } from "@/components/ui/button";
import { MarkdownField } from "@/components/ui/markdown-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

const KIND_OPTIONS = RESOURCE_KINDS.map((kind) => ({ value: kind, label: RESOURCE_KIND_LABELS[kind] }));

/** Edits `resource`, or adds a resource to the topic when there is none. */
export function ResourceForm({ resource, topicSlug, queryKey, effortDefaults, onDone, onError }: {
  resource?: AdminResourceDto;
  /** Minutes per kind when no estimate is set (lib/catalog/effort.ts, handed down by the page: that module is server code). */
  effortDefaults: Record<ResourceKind, number>;
  topicSlug: string;
  queryKey: QueryKey;
  onDone: (message: string | null) => void;
  onError: (e: unknown) => void;
}) {
  const form = useForm<ResourceFormValues>({ resolver: zodResolver(resourceFormSchema), defaultValues: resource ? resourceFormDefaults(resource) : emptyResourceForm });
  const save = useAdminWrite<ResourceFormValues, AdminResourceDto>({
    write: (values) =>
      resource
        ? { method: "PATCH", url: `/api/admin/resources/${resource.id}`, body: resourcePatch(resource, values) }
        : { method: "POST", url: `/api/admin/topics/${topicSlug}/resources`, body: resourceCreateBody(values) },
    refresh: [queryKey],
    onSuccess: (saved) => {
      if (!resource) form.reset();
      onDone(resource ? `Resource “${saved.title}” saved.` : `Resource “${saved.title}” added.`);
    },
  });
  const errors = form.formState.errors;
  const kind = form.watch("kind");
  return (
    <form
      noValidate
      aria-label={resource ? `Edit resource ${resource.title}` : "New resource"}
      className="flex flex-col gap-3"
      onSubmit={form.handleSubmit((values) => {
        if (resource && Object.keys(resourcePatch(resource, values)).length === 0) return onDone(null);
        save.mutate(values, { onError });
      })}
    >
      <TextField label="Resource title" error={errors.title?.message} {...form.register("title")} />
      <TextField label="URL" type="url" inputMode="url" error={errors.url?.message} {...form.register("url")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Kind" options={KIND_OPTIONS} error={errors.kind?.message} {...form.register("kind")} />
        <TextField
          label="Effort (minutes)"
          inputMode="numeric"
          hint={`Empty: the default for the kind (${effortDefaults[kind]} min)`}
          error={errors.effortMinutes?.message}
          {...form.register("effortMinutes")}
        />
      </div>
      <TextField label="Author" error={errors.author?.message} {...form.register("author")} />
      <MarkdownField label="Note" value={form.watch("note")} error={errors.note?.message} {...form.register("note")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>
          {resource ? "Save resource" : "Add resource"}
        </Button>
        {resource && (
          <Button variant="ghost" onClick={() => onDone(null)}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
