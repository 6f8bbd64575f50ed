"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import type { AdminTrackDetail } from "@/lib/curation/data";
import type { AdminTopicDto, AdminTrackDto } from "@/lib/curation/schema";
import { changedFields, topicFormSchema, trackFormSchema, type TopicFormValues, type TrackFormValues } from "@/lib/curation/form";
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
type Status = "ACTIVE" | "ARCHIVED";

/** /admin/content/tracks/{slug}: the track's details, its topics in order, archived topics, a new-topic form. */
export function TrackEditor({ initial }: { initial: AdminTrackDetail }) {
  const key = adminKeys.track(initial.slug);
  const router = useRouter();
  const { notice, saved, failed } = useNotice();
  const { data: track } = useQuery({ queryKey: key, queryFn: () => getJson<AdminTrackDetail>(`/api/admin/tracks/${initial.slug}`), initialData: initial });
  const active = track.topics.filter((t) => t.status === "ACTIVE");
  const archived = track.topics.filter((t) => t.status === "ARCHIVED");
  const refresh = [key, adminKeys.tracks];

  const reorder = useAdminWrite<string[]>({
    write: (slugs) => ({ method: "PUT", url: `/api/admin/tracks/${track.slug}/topics/order`, body: { slugs } }),
    refresh,
    optimistic: {
      key,
      update: (current, slugs) => {
        const detail = current as AdminTrackDetail;
        return { ...detail, topics: [...slugs.map((slug) => detail.topics.find((t) => t.slug === slug)!), ...detail.topics.filter((t) => t.status === "ARCHIVED")] };
      },
    },
    onSuccess: () => saved("Topic order saved."),
  });
  const setTopicStatus = useAdminWrite<{ slug: string; status: Status }, AdminTopicDto>({
    write: ({ slug, status }) => ({ method: "PATCH", url: `/api/admin/topics/${slug}`, body: { status } }),
    refresh,
    onSuccess: (topic) => saved(`${topic.title} ${topic.status === "ARCHIVED" ? "archived" : "restored"}.`),
  });
  const setTrackStatus = useAdminWrite<Status, AdminTrackDto>({
    write: (status) => ({ method: "PATCH", url: `/api/admin/tracks/${track.slug}`, body: { status } }),
    refresh,
    onSuccess: (t) => saved(`${t.title} ${t.status === "ARCHIVED" ? "archived: learners no longer see it" : "restored"}.`),
  });

  return (
    <div className="flex flex-col gap-6">
      <NoticeArea notice={notice} />
      <TrackDetailsForm
        track={track}
        onSaved={() => {
          saved("Track saved.");
          router.refresh(); // the page heading shows the title
        }}
        onError={failed}
      >
        <StatusButton status={track.status} name={`the track ${track.title}`} disabled={setTrackStatus.isPending} onChange={(status) => setTrackStatus.mutate(status, { onError: failed })} />
      </TrackDetailsForm>
      <EditorSection id="topics-heading" title="Topics" lead="Drag a handle, or focus it and use Space and the arrow keys, to reorder. Learners' progress stays with each topic.">
        {active.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">No active topics yet.</p>
        ) : (
          <SortableList
            label={`Topics of ${track.title} in order`}
            items={active}
            getId={(t) => t.slug}
            getLabel={(t) => t.title}
            disabled={reorder.isPending}
            onReorder={(slugs) => reorder.mutate(slugs, { onError: failed })}
            renderItem={(topic) => (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="flex min-w-0 flex-col">
                  <Link href={`/admin/content/topics/${topic.slug}`} className={LINK}>
                    {topic.title}
                  </Link>
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {plural(topic.keyPointCount, "key point")} · {plural(topic.resourceCount, "resource")}
                  </span>
                </div>
                <StatusButton status="ACTIVE" name={topic.title} disabled={setTopicStatus.isPending} onChange={(status) => setTopicStatus.mutate({ slug: topic.slug, status }, { onError: failed })} />
              </div>
            )}
          />
        )}
        <ArchivedList label="Archived topics" count={archived.length}>
          {archived.map((topic) => (
            <li key={topic.slug} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-dashed border-slate-300 p-2 dark:border-slate-700">
              <Link href={`/admin/content/topics/${topic.slug}`} className={LINK}>
                {topic.title}
              </Link>
              <StatusButton status="ARCHIVED" name={topic.title} disabled={setTopicStatus.isPending} onChange={(status) => setTopicStatus.mutate({ slug: topic.slug, status }, { onError: failed })} />
            </li>
          ))}
        </ArchivedList>
      </EditorSection>
      <NewTopicForm trackSlug={track.slug} onCreated={(topic) => saved(`${topic.title} created.`)} onError={failed} refresh={refresh} />
    </div>
  );
}

function TrackDetailsForm({ track, onSaved, onError, children }: { track: AdminTrackDetail; onSaved: () => void; onError: (e: unknown) => void; children: React.ReactNode }) {
  const current = { title: track.title, summary: track.summary, intro: track.intro, slug: "" };
  const form = useForm<TrackFormValues>({ resolver: zodResolver(trackFormSchema), values: current });
  const save = useAdminWrite<Partial<TrackFormValues>, AdminTrackDto>({
    write: (changes) => ({ method: "PATCH", url: `/api/admin/tracks/${track.slug}`, body: changes }),
    refresh: [adminKeys.track(track.slug), adminKeys.tracks],
    onSuccess: onSaved,
  });
  const errors = form.formState.errors;
  return (
    <EditorSection
      id="track-heading"
      title="Track details"
      lead={<>Address: <code>/tracks/{track.slug}</code> (never changes). {track.status === "ARCHIVED" && <strong>Archived: hidden from learners.</strong>}</>}
    >
      <form
        noValidate
        aria-labelledby="track-heading"
        className="flex flex-col gap-3"
        onSubmit={form.handleSubmit((values) => {
          const { slug: _slug, ...changes } = changedFields(current, values);
          if (Object.keys(changes).length === 0) return onSaved();
          save.mutate(changes, { onError });
        })}
      >
        <TextField label="Title" error={errors.title?.message} {...form.register("title")} />
        <TextField label="Summary" error={errors.summary?.message} {...form.register("summary")} />
        <MarkdownField label="Introduction" value={form.watch("intro")} error={errors.intro?.message} {...form.register("intro")} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={save.isPending}>
            Save track
          </Button>
          {children}
        </div>
      </form>
    </EditorSection>
  );
}

function NewTopicForm({ trackSlug, onCreated, onError, refresh }: { trackSlug: string; onCreated: (t: AdminTopicDto) => void; onError: (e: unknown) => void; refresh: readonly (readonly string[])[] }) {
  const form = useForm<TopicFormValues>({ resolver: zodResolver(topicFormSchema), defaultValues: { title: "", intro: "", slug: "", track: trackSlug } });
  const create = useAdminWrite<TopicFormValues, AdminTopicDto>({
    write: (values) => ({ method: "POST", url: `/api/admin/tracks/${trackSlug}/topics`, body: { title: values.title, intro: values.intro, ...(values.slug ? { slug: values.slug } : {}) } }),
    refresh: [...refresh],
    onSuccess: (topic) => {
      form.reset();
      onCreated(topic);
    },
  });
  const errors = form.formState.errors;
  return (
    <EditorSection id="new-topic-heading" title="New topic" lead="Added at the end of this track. Its address is made from the title unless you give one, and never changes.">
      <form noValidate aria-labelledby="new-topic-heading" className="flex flex-col gap-3" onSubmit={form.handleSubmit((values) => create.mutate(values, { onError }))}>
        <TextField label="Title" error={errors.title?.message} {...form.register("title")} />
        <MarkdownField label="Introduction" value={form.watch("intro")} error={errors.intro?.message} {...form.register("intro")} />
        <TextField label="Address (optional)" hint="e.g. prompt-engineering; leave empty to make it from the title" error={errors.slug?.message} {...form.register("slug")} />
        <div>
          <Button type="submit" disabled={create.isPending}>
            Create topic
          </Button>
        </div>
      </form>
    </EditorSection>
  );
}
