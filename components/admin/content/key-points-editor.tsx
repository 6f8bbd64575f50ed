"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { QueryKey } from "@tanstack/react-query";
import type { AdminTopicDetail } from "@/lib/curation/data";
import type { AdminKeyPointDto } from "@/lib/curation/schema";
import { changedFields, keyPointFormSchema, type KeyPointFormValues } from "@/lib/curation/form";
import { useAdminWrite } from "@/components/admin/api";
import type { useNotice } from "@/components/admin/content/notice";
import { ArchivedList, EditorSection } from "@/components/admin/content/section";
import { StatusButton } from "@/components/admin/content/status-button";
import { Button } from "@/components/ui/button";
import { MarkdownText } from "@/components/ui/markdown";
import { MarkdownField } from "@/components/ui/markdown-field";
import { SortableList } from "@/components/ui/sortable-list";
import { TextField } from "@/components/ui/text-field";

type Props = { topic: AdminTopicDetail; queryKey: QueryKey; notice: ReturnType<typeof useNotice> };

/** The topic's key points: reorder, edit in place, archive and restore, add. */
export function KeyPointsEditor({ topic, queryKey, notice }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const active = topic.keyPoints.filter((k) => k.status === "ACTIVE");
  const archived = topic.keyPoints.filter((k) => k.status === "ARCHIVED");
  const reorder = useAdminWrite<string[]>({
    write: (ids) => ({ method: "PUT", url: `/api/admin/topics/${topic.slug}/key-points/order`, body: { ids } }),
    refresh: [queryKey],
    optimistic: {
      key: queryKey,
      update: (current, ids) => {
        const detail = current as AdminTopicDetail;
        return { ...detail, keyPoints: [...ids.map((id) => detail.keyPoints.find((k) => k.id === id)!), ...detail.keyPoints.filter((k) => k.status === "ARCHIVED")] };
      },
    },
    onSuccess: () => notice.saved("Key point order saved."),
  });
  const setStatus = useAdminWrite<{ id: string; status: "ACTIVE" | "ARCHIVED" }, AdminKeyPointDto>({
    write: ({ id, status }) => ({ method: "PATCH", url: `/api/admin/key-points/${id}`, body: { status } }),
    refresh: [queryKey],
    onSuccess: (k) => notice.saved(`Key point “${k.title}” ${k.status === "ARCHIVED" ? "archived" : "restored"}.`),
  });

  return (
    <EditorSection id="key-points-heading" title="Key points" lead="Drag a handle, or focus it and use Space and the arrow keys, to reorder.">
      {active.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No active key points.</p>
      ) : (
        <SortableList
          label={`Key points of ${topic.title} in order`}
          items={active}
          getId={(k) => k.id}
          getLabel={(k) => k.title}
          disabled={reorder.isPending || editing !== null}
          onReorder={(ids) => reorder.mutate(ids, { onError: notice.failed })}
          renderItem={(point) =>
            editing === point.id ? (
              <KeyPointForm
                point={point}
                topicSlug={topic.slug}
                queryKey={queryKey}
                onDone={(message) => {
                  setEditing(null);
                  if (message) notice.saved(message);
                }}
                onError={notice.failed}
              />
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0 flex-1">
                  <p className="font-semibold text-slate-900 dark:text-slate-50">{point.title}</p>
                  <MarkdownText className="text-sm text-slate-700 dark:text-slate-300">{point.text}</MarkdownText>
                </div>
                <div className="flex gap-1">
                  <Button variant="secondary" aria-label={`Edit ${point.title}`} onClick={() => setEditing(point.id)}>
                    Edit
                  </Button>
                  <StatusButton status="ACTIVE" name={point.title} disabled={setStatus.isPending} onChange={(status) => setStatus.mutate({ id: point.id, status }, { onError: notice.failed })} />
                </div>
              </div>
            )
          }
        />
      )}
      <ArchivedList label="Archived key points" count={archived.length}>
        {archived.map((point) => (
          <li key={point.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-dashed border-slate-300 p-2 dark:border-slate-700">
            <span className="text-slate-800 dark:text-slate-200">{point.title}</span>
            <StatusButton status="ARCHIVED" name={point.title} disabled={setStatus.isPending} onChange={(status) => setStatus.mutate({ id: point.id, status }, { onError: notice.failed })} />
          </li>
        ))}
      </ArchivedList>
      <h3 className="text-base font-semibold text-slate-900 dark:text-slate-50">Add a key point</h3>
      <KeyPointForm topicSlug={topic.slug} queryKey={queryKey} onDone={(message) => message && notice.saved(message)} onError={notice.failed} />
    </EditorSection>
  );
}

/** Edits `point`, or adds a key point to the topic when there is none. */
function KeyPointForm({ point, topicSlug, queryKey, onDone, onError }: {
  point?: AdminKeyPointDto;
  topicSlug: string;
  queryKey: QueryKey;
  onDone: (message: string | null) => void;
  onError: (e: unknown) => void;
}) {
  const current = { title: point?.title ?? "", text: point?.text ?? "" };
  const form = useForm<KeyPointFormValues>({ resolver: zodResolver(keyPointFormSchema), defaultValues: current });
  const save = useAdminWrite<Partial<KeyPointFormValues>, AdminKeyPointDto>({
    write: (body) => (point ? { method: "PATCH", url: `/api/admin/key-points/${point.id}`, body } : { method: "POST", url: `/api/admin/topics/${topicSlug}/key-points`, body }),
    refresh: [queryKey],
    onSuccess: (saved) => {
      if (!point) form.reset();
      onDone(point ? `Key point “${saved.title}” saved.` : `Key point “${saved.title}” added.`);
    },
  });
  const errors = form.formState.errors;
  const name = point ? `Edit key point ${point.title}` : "New key point";
  return (
    <form
      noValidate
      aria-label={name}
      className="flex flex-col gap-3"
      onSubmit={form.handleSubmit((values) => {
        const body = point ? changedFields(current, values) : values;
        if (Object.keys(body).length === 0) return onDone(null);
        save.mutate(body, { onError });
      })}
    >
      <TextField label="Key point title" error={errors.title?.message} {...form.register("title")} />
      <MarkdownField label="Key point text" value={form.watch("text")} error={errors.text?.message} {...form.register("text")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>
          {point ? "Save key point" : "Add key point"}
        </Button>
        {point && (
          <Button variant="ghost" onClick={() => onDone(null)}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
