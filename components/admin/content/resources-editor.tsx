"use client";

import { useState } from "react";
import type { QueryKey } from "@tanstack/react-query";
import type { AdminTopicDetail } from "@/lib/curation/data";
import type { ResourceKind } from "@/lib/catalog/schema";
import type { AdminResourceDto } from "@/lib/curation/schema";
import { useAdminWrite } from "@/components/admin/api";
import type { useNotice } from "@/components/admin/content/notice";
import { ResourceForm } from "@/components/admin/content/resource-form";
import { ArchivedList, EditorSection } from "@/components/admin/content/section";
import { StatusButton } from "@/components/admin/content/status-button";
import { ResourceKindBadge } from "@/components/catalog/resource-kind-badge";
import { Button } from "@/components/ui/button";
import { SortableList } from "@/components/ui/sortable-list";

type Props = { topic: AdminTopicDetail; queryKey: QueryKey; notice: ReturnType<typeof useNotice>; effortDefaults: Record<ResourceKind, number> };

/** The topic's resources: reorder, edit in place, archive and restore (learners' ticks stay), add. */
export function ResourcesEditor({ topic, queryKey, notice, effortDefaults }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const active = topic.resources.filter((r) => r.status === "ACTIVE");
  const archived = topic.resources.filter((r) => r.status === "ARCHIVED");
  const reorder = useAdminWrite<string[]>({
    write: (ids) => ({ method: "PUT", url: `/api/admin/topics/${topic.slug}/resources/order`, body: { ids } }),
    refresh: [queryKey],
    optimistic: {
      key: queryKey,
      update: (current, ids) => {
        const detail = current as AdminTopicDetail;
        return { ...detail, resources: [...ids.map((id) => detail.resources.find((r) => r.id === id)!), ...detail.resources.filter((r) => r.status === "ARCHIVED")] };
      },
    },
    onSuccess: () => notice.saved("Resource order saved."),
  });
  const setStatus = useAdminWrite<{ id: string; status: "ACTIVE" | "ARCHIVED" }, AdminResourceDto>({
    write: ({ id, status }) => ({ method: "PATCH", url: `/api/admin/resources/${id}`, body: { status } }),
    refresh: [queryKey],
    onSuccess: (r) => notice.saved(`Resource “${r.title}” ${r.status === "ARCHIVED" ? "archived: learners keep their ticks" : "restored"}.`),
  });
  const done = (message: string | null) => {
    setEditing(null);
    if (message) notice.saved(message);
  };

  return (
    <EditorSection id="resources-heading" title="Resources" lead="Drag a handle, or focus it and use Space and the arrow keys, to reorder. Archiving hides a resource and keeps every learner's tick.">
      {active.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No active resources.</p>
      ) : (
        <SortableList
          label={`Resources of ${topic.title} in order`}
          items={active}
          getId={(r) => r.id}
          getLabel={(r) => r.title}
          disabled={reorder.isPending || editing !== null}
          onReorder={(ids) => reorder.mutate(ids, { onError: notice.failed })}
          renderItem={(resource) =>
            editing === resource.id ? (
              <ResourceForm resource={resource} topicSlug={topic.slug} queryKey={queryKey} effortDefaults={effortDefaults} onDone={done} onError={notice.failed} />
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <p className="font-semibold text-slate-900 dark:text-slate-50">{resource.title}</p>
                  <p className="break-all text-sm text-slate-600 dark:text-slate-400">{resource.url}</p>
                  <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
                    <ResourceKindBadge kind={resource.kind} />
                    {resource.author && <span>by {resource.author}</span>}
                    <span>
                      {resource.effectiveEffortMinutes} min
                      {resource.effortMinutes === null && " (default for the kind)"}
                    </span>
                  </p>
                </div>
                <div className="flex gap-1">
                  <Button variant="secondary" aria-label={`Edit ${resource.title}`} onClick={() => setEditing(resource.id)}>
                    Edit
                  </Button>
                  <StatusButton status="ACTIVE" name={resource.title} disabled={setStatus.isPending} onChange={(status) => setStatus.mutate({ id: resource.id, status }, { onError: notice.failed })} />
                </div>
              </div>
            )
          }
        />
      )}
      <ArchivedList label="Archived resources" count={archived.length}>
        {archived.map((resource) => (
          <li key={resource.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-dashed border-slate-300 p-2 dark:border-slate-700">
            <span className="text-slate-800 dark:text-slate-200">{resource.title}</span>
            <StatusButton status="ARCHIVED" name={resource.title} disabled={setStatus.isPending} onChange={(status) => setStatus.mutate({ id: resource.id, status }, { onError: notice.failed })} />
          </li>
        ))}
      </ArchivedList>
      <h3 className="text-base font-semibold text-slate-900 dark:text-slate-50">Add a resource</h3>
      <ResourceForm topicSlug={topic.slug} queryKey={queryKey} effortDefaults={effortDefaults} onDone={(message) => message && notice.saved(message)} onError={notice.failed} />
    </EditorSection>
  );
}
