"use client";

import Link from "@/components/ui/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import type { AdminTrackSummary } from "@/lib/curation/data";
import type { AdminTrackDto } from "@/lib/curation/schema";
import { trackFormSchema, type TrackFormValues } from "@/lib/curation/form";
import { plural } from "@/lib/plural";
import { getJson } from "@/components/progress/api-client";
import { adminKeys, useAdminWrite } from "@/components/admin/api";
import { NoticeArea, useNotice } from "@/components/admin/content/notice";
import { ArchivedList, EditorSection } from "@/components/admin/content/section";
import { StatusButton } from "@/components/admin/content/status-button";
import { Button } from "@/components/ui/button";
import { MarkdownField } from "@/components/ui/markdown-field";
import { SortableList } from "@/components/ui/sortable-list";
import { TextField } from "@/components/ui/text-field";

const LINK = "font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300";

/** /admin/content: the tracks in roadmap order (drag or keyboard to reorder), archived ones, and a new-track form. */
export function TracksEditor({ initial }: { initial: AdminTrackSummary[] }) {
  const { notice, saved, failed } = useNotice();
  const { data: tracks } = useQuery({ queryKey: adminKeys.tracks, queryFn: () => getJson<AdminTrackSummary[]>("/api/admin/tracks"), initialData: initial });
  const active = tracks.filter((t) => t.status === "ACTIVE");
  const archived = tracks.filter((t) => t.status === "ARCHIVED");

  const reorder = useAdminWrite<string[]>({
    write: (slugs) => ({ method: "PUT", url: "/api/admin/tracks/order", body: { slugs } }),
    refresh: [adminKeys.tracks],
    optimistic: {
      key: adminKeys.tracks,
      update: (current, slugs) => {
        const list = current as AdminTrackSummary[];
        return [...slugs.map((slug) => list.find((t) => t.slug === slug)!), ...list.filter((t) => t.status === "ARCHIVED")];
      },
    },
    onSuccess: () => saved("Track order saved."),
  });
  const setStatus = useAdminWrite<{ slug: string; status: "ACTIVE" | "ARCHIVED" }, AdminTrackDto>({
    write: ({ slug, status }) => ({ method: "PATCH", url: `/api/admin/tracks/${slug}`, body: { status } }),
    refresh: [adminKeys.tracks],
    onSuccess: (track) => saved(`${track.title} ${track.status === "ARCHIVED" ? "archived" : "restored"}.`),
  });

  return (
    <div className="flex flex-col gap-6">
      <NoticeArea notice={notice} />
      <EditorSection id="tracks-heading" title="Tracks" lead="Drag a handle, or focus it and use Space and the arrow keys, to change the roadmap order. Open a track to edit it and its topics.">
        {active.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">No active tracks.</p>
        ) : (
          <SortableList
            label="Tracks in roadmap order"
            items={active}
            getId={(t) => t.slug}
            getLabel={(t) => t.title}
            disabled={reorder.isPending}
            onReorder={(slugs) => reorder.mutate(slugs, { onError: failed })}
            renderItem={(track) => (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="flex min-w-0 flex-col">
                  <Link href={`/admin/content/tracks/${track.slug}`} className={LINK}>
                    {track.title}
                  </Link>
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {plural(track.topicCount, "topic")}
                    {track.archivedTopicCount > 0 && ` · ${track.archivedTopicCount} archived`}
                  </span>
                </div>
                <StatusButton status="ACTIVE" name={track.title} disabled={setStatus.isPending} onChange={(status) => setStatus.mutate({ slug: track.slug, status }, { onError: failed })} />
              </div>
            )}
          />
        )}
        <ArchivedList label="Archived tracks" count={archived.length}>
          {archived.map((track) => (
            <li key={track.slug} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-dashed border-slate-300 p-2 dark:border-slate-700">
              <Link href={`/admin/content/tracks/${track.slug}`} className={LINK}>
                {track.title}
              </Link>
              <StatusButton status="ARCHIVED" name={track.title} disabled={setStatus.isPending} onChange={(status) => setStatus.mutate({ slug: track.slug, status }, { onError: failed })} />
            </li>
          ))}
        </ArchivedList>
      </EditorSection>
      <NewTrackForm onCreated={(track) => saved(`${track.title} created.`)} onError={failed} />
    </div>
  );
}

function NewTrackForm({ onCreated, onError }: { onCreated: (track: AdminTrackDto) => void; onError: (error: unknown) => void }) {
  const form = useForm<TrackFormValues>({ resolver: zodResolver(trackFormSchema), defaultValues: { title: "", summary: "", intro: "", slug: "" } });
  const create = useAdminWrite<TrackFormValues, AdminTrackDto>({
    write: (values) => ({ method: "POST", url: "/api/admin/tracks", body: { title: values.title, summary: values.summary, intro: values.intro, ...(values.slug ? { slug: values.slug } : {}) } }),
    refresh: [adminKeys.tracks],
    onSuccess: (track) => {
      form.reset();
      onCreated(track);
    },
  });
  const errors = form.formState.errors;
  return (
    <EditorSection id="new-track-heading" title="New track" lead="It is added at the end of the roadmap. Its address is made from the title unless you give one; it never changes afterwards.">
      <form noValidate aria-labelledby="new-track-heading" className="flex flex-col gap-3" onSubmit={form.handleSubmit((values) => create.mutate(values, { onError }))}>
        <TextField label="Title" error={errors.title?.message} {...form.register("title")} />
        <TextField label="Summary" error={errors.summary?.message} {...form.register("summary")} />
        <MarkdownField label="Introduction" value={form.watch("intro")} error={errors.intro?.message} {...form.register("intro")} />
        <TextField label="Address (optional)" hint="e.g. llm-agents; leave empty to make it from the title" error={errors.slug?.message} {...form.register("slug")} />
        <div>
          <Button type="submit" disabled={create.isPending}>
            Create track
          </Button>
        </div>
      </form>
    </EditorSection>
  );
}
