"use client";

import { useId, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { formatEffort } from "@/lib/catalog/effort-format";
import { pathInputSchema, type PathDto, type PathInput, type PickerTrackDto } from "@/lib/teams/schema";
import { plural } from "@/lib/plural";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SortableList } from "@/components/ui/sortable-list";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useTeamMutation } from "@/components/teams/queries";
import { indexTopics, itemEffort, pathEffort, togglePin, type DraftItem, type PickerTopic } from "@/components/teams/path-draft";

// Title and description go through the form; the ordered items are the draft below it.
const headSchema = z.object({ title: pathInputSchema.shape.title, description: pathInputSchema.shape.description });
type Head = z.input<typeof headSchema>;

type Props = { teamId: string; catalog: PickerTrackDto[]; initial?: PathDto };

/**
 * Builds or edits a learning path: title, description, topics from any track
 * in order (drag the handle, or pick it up with Space and move it with the
 * arrow keys), each optionally narrowed to some of its resources. Saving
 * sends the whole path (PUT replaces all of it).
 */
export function PathEditor({ teamId, catalog, initial }: Props) {
  const router = useRouter();
  const topics = useMemo(() => indexTopics(catalog), [catalog]);
  const [items, setItems] = useState<DraftItem[]>(() => initial?.items.map((item) => ({ topic: item.topic.slug, resourceIds: item.resourceIds })) ?? []);
  const [itemsError, setItemsError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Head>({
    resolver: zodResolver(headSchema),
    defaultValues: { title: initial?.title ?? "", description: initial?.description ?? "" },
  });
  const save = useTeamMutation<PathInput, PathDto>(
    teamId,
    (input) => (initial ? { method: "PUT", path: `/paths/${initial.id}`, body: input } : { method: "POST", path: "/paths", body: input }),
    (path) => {
      if (!initial) router.replace(`/teams/${teamId}/paths/${path.id}?saved=1`);
    },
  );

  const onSubmit = handleSubmit((head) => {
    if (items.length === 0) return setItemsError("A path needs at least one topic.");
    setItemsError(null);
    save.mutate({
      title: head.title,
      description: head.description ?? "",
      items: items.map((item) => (item.resourceIds.length ? { topic: item.topic, resourceIds: item.resourceIds } : { topic: item.topic })),
    });
  });

  const update = (slug: string, resourceIds: string[]) => setItems((current) => current.map((item) => (item.topic === slug ? { ...item, resourceIds } : item)));
  const total = pathEffort(topics, items);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={initial ? "Edit path" : "New path"} className="flex flex-col gap-5">
      {save.error && <Alert tone="error">{save.error.message}</Alert>}
      {save.isSuccess && initial && <Alert tone="success">Path saved.</Alert>}
      <TextField label="Title" error={formState.errors.title?.message} {...register("title")} />
      <TextArea label="Description (optional)" error={formState.errors.description?.message} {...register("description")} />
      <TopicPicker catalog={catalog} chosen={new Set(items.map((item) => item.topic))} onAdd={(slug) => (setItems((current) => [...current, { topic: slug, resourceIds: [] }]), setItemsError(null))} />
      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-50">Topics in order</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          {plural(items.length, "topic")} · total {formatEffort(total)}
        </p>
        {itemsError && <Alert tone="error">{itemsError}</Alert>}
        {items.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">No topics yet: pick some above.</p>
        ) : (
          <SortableList
            label="Topics of the path"
            items={items}
            getId={(item) => item.topic}
            getLabel={(item) => topics.get(item.topic)?.title ?? item.topic}
            onReorder={(ids) => setItems((current) => ids.map((id) => current.find((item) => item.topic === id)!))}
            renderItem={(item) => (
              <PathItemRow
                topic={topics.get(item.topic)}
                slug={item.topic}
                resourceIds={item.resourceIds}
                onPins={(ids) => update(item.topic, ids)}
                onRemove={() => setItems((current) => current.filter((other) => other.topic !== item.topic))}
              />
            )}
          />
        )}
      </div>
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save path"}
        </Button>
      </div>
    </form>
  );
}

/** A native select grouped by track (optgroup): keyboard and screen readers as everywhere. */
function TopicPicker({ catalog, chosen, onAdd }: { catalog: PickerTrackDto[]; chosen: Set<string>; onAdd: (slug: string) => void }) {
  const id = useId();
  const [slug, setSlug] = useState("");
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Topic to add
        </label>
        <select
          id={id}
          value={slug}
          onChange={(event) => setSlug(event.target.value)}
          className="min-h-10 rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
        >
          <option value="">Choose a topic…</option>
          {catalog.map((track) => (
            <optgroup key={track.slug} label={track.title}>
              {track.topics.map((topic) => (
                <option key={topic.slug} value={topic.slug} disabled={chosen.has(topic.slug)}>
                  {topic.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Button
        variant="secondary"
        disabled={!slug || chosen.has(slug)}
        onClick={() => {
          onAdd(slug);
          setSlug("");
        }}
      >
        Add topic
      </Button>
    </div>
  );
}

type RowProps = { topic: PickerTopic | undefined; slug: string; resourceIds: string[]; onPins: (ids: string[]) => void; onRemove: () => void };

/** One item: its topic, effort, an optional narrowing to some resources, and remove. */
function PathItemRow({ topic, slug, resourceIds, onPins, onRemove }: RowProps) {
  const title = topic?.title ?? slug;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <span className="font-medium text-slate-900 dark:text-slate-100">{title}</span>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {" "}
            · {topic?.track.title ?? "unavailable"} · {formatEffort(itemEffort(topic, resourceIds))}
          </span>
        </div>
        <Button variant="ghost" aria-label={`Remove ${title}`} onClick={onRemove}>
          Remove
        </Button>
      </div>
      {topic && topic.resources.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">
            {resourceIds.length ? `${plural(resourceIds.length, "resource")} of ${topic.resources.length} chosen` : `All ${plural(topic.resources.length, "resource")}`}
          </summary>
          <fieldset className="mt-2 flex flex-col gap-1">
            <legend className="sr-only">Resources of {title} (none ticked: all of them)</legend>
            {topic.resources.map((resource) => (
              <label key={resource.id} className="flex items-start gap-2 text-slate-800 dark:text-slate-200">
                <input
                  type="checkbox"
                  className="mt-0.5 h-4 w-4 accent-indigo-700"
                  checked={resourceIds.includes(resource.id)}
                  onChange={(event) => onPins(togglePin(topic, resourceIds, resource.id, event.target.checked))}
                />
                <span>
                  {resource.title} <span className="text-slate-600 dark:text-slate-400">({formatEffort(resource.effortMinutes)})</span>
                </span>
              </label>
            ))}
          </fieldset>
        </details>
      )}
    </div>
  );
}
