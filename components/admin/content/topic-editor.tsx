"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import type { ResourceKind } from "@/lib/catalog/schema";
import type { AdminTopicDetail } from "@/lib/curation/data";
import type { AdminTopicDto } from "@/lib/curation/schema";
import { changedFields, topicFormSchema, type TopicFormValues } from "@/lib/curation/form";
import { getJson } from "@/components/progress/api-client";
import { adminKeys, useAdminWrite } from "@/components/admin/api";
import { KeyPointsEditor } from "@/components/admin/content/key-points-editor";
import { NoticeArea, useNotice } from "@/components/admin/content/notice";
import { ResourcesEditor } from "@/components/admin/content/resources-editor";
import { EditorSection } from "@/components/admin/content/section";
import { StatusButton } from "@/components/admin/content/status-button";
import { Button } from "@/components/ui/button";
import { MarkdownField } from "@/components/ui/markdown-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

/** /admin/content/topics/{slug}: the topic's details (and its track), its key points and its resources. */
export function TopicEditor({ initial, effortDefaults }: { initial: AdminTopicDetail; effortDefaults: Record<ResourceKind, number> }) {
  const key = adminKeys.topic(initial.slug);
  const router = useRouter();
  const notice = useNotice();
  const { data: topic } = useQuery({ queryKey: key, queryFn: () => getJson<AdminTopicDetail>(`/api/admin/topics/${initial.slug}`), initialData: initial });
  const refresh = [key, adminKeys.track(topic.track.slug), adminKeys.tracks];
  const setStatus = useAdminWrite<"ACTIVE" | "ARCHIVED", AdminTopicDto>({
    write: (status) => ({ method: "PATCH", url: `/api/admin/topics/${topic.slug}`, body: { status } }),
    refresh,
    onSuccess: (t) => notice.saved(`${t.title} ${t.status === "ARCHIVED" ? "archived: learners no longer see it" : "restored"}.`),
  });

  return (
    <div className="flex flex-col gap-6">
      <NoticeArea notice={notice.notice} />
      <TopicDetailsForm
        topic={topic}
        refresh={refresh}
        onSaved={(moved) => {
          notice.saved(moved ? "Topic saved and moved." : "Topic saved.");
          router.refresh();
        }}
        onError={notice.failed}
      >
        <StatusButton status={topic.status} name={`the topic ${topic.title}`} disabled={setStatus.isPending} onChange={(status) => setStatus.mutate(status, { onError: notice.failed })} />
        {topic.status === "ACTIVE" && topic.track.status === "ACTIVE" && (
          <Link href={`/topics/${topic.slug}`} className="self-center text-sm font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
            View the topic page
          </Link>
        )}
      </TopicDetailsForm>
      <KeyPointsEditor topic={topic} queryKey={key} notice={notice} />
      <ResourcesEditor topic={topic} queryKey={key} notice={notice} effortDefaults={effortDefaults} />
    </div>
  );
}

function TopicDetailsForm({ topic, refresh, onSaved, onError, children }: {
  topic: AdminTopicDetail;
  refresh: (readonly string[])[];
  onSaved: (moved: boolean) => void;
  onError: (e: unknown) => void;
  children: React.ReactNode;
}) {
  const current = { title: topic.title, intro: topic.intro, slug: "", track: topic.track.slug };
  const form = useForm<TopicFormValues>({ resolver: zodResolver(topicFormSchema), values: current });
  const save = useAdminWrite<Partial<TopicFormValues>, AdminTopicDto>({
    write: (changes) => ({ method: "PATCH", url: `/api/admin/topics/${topic.slug}`, body: changes }),
    refresh,
    onSuccess: (_t, changes) => onSaved("track" in changes),
  });
  const errors = form.formState.errors;
  const trackOptions = topic.tracks.map((t) => ({ value: t.slug, label: t.status === "ARCHIVED" ? `${t.title} (archived)` : t.title }));
  return (
    <EditorSection
      id="topic-heading"
      title="Topic details"
      lead={<>Address: <code>/topics/{topic.slug}</code> (never changes, also when renamed). {topic.status === "ARCHIVED" && <strong>Archived: hidden from learners.</strong>}</>}
    >
      <form
        noValidate
        aria-labelledby="topic-heading"
        className="flex flex-col gap-3"
        onSubmit={form.handleSubmit((values) => {
          const { slug: _slug, ...changes } = changedFields(current, values);
          if (Object.keys(changes).length === 0) return onSaved(false);
          save.mutate(changes, { onError });
        })}
      >
        <TextField label="Title" error={errors.title?.message} {...form.register("title")} />
        <MarkdownField label="Introduction" value={form.watch("intro")} error={errors.intro?.message} {...form.register("intro")} />
        <SelectField label="Track" options={trackOptions} error={errors.track?.message} {...form.register("track")} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={save.isPending}>
            Save topic
          </Button>
          {children}
        </div>
      </form>
    </EditorSection>
  );
}
