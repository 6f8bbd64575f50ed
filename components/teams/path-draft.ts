import type { PickerTrackDto } from "@/lib/teams/schema";

// The path editor's draft, as pure functions (unit-tested): look topics up in
// the picker's catalog and sum effort the way lib/teams/paths.ts does.

export type PickerTopic = PickerTrackDto["topics"][number] & { track: { slug: string; title: string } };
/** One item being edited: a topic and the resources it is narrowed to (none = all of them). */
export type DraftItem = { topic: string; resourceIds: string[] };

/** Every pickable topic by slug, with its track. */
export function indexTopics(catalog: PickerTrackDto[]): Map<string, PickerTopic> {
  return new Map(catalog.flatMap((track) => track.topics.map((topic) => [topic.slug, { ...topic, track: { slug: track.slug, title: track.title } }] as const)));
}

/** An item's minutes: its pinned resources, or all of the topic's when none is pinned. */
export function itemEffort(topic: PickerTopic | undefined, resourceIds: readonly string[]): number {
  if (!topic) return 0;
  const pinned = new Set(resourceIds);
  const counted = pinned.size > 0 ? topic.resources.filter((resource) => pinned.has(resource.id)) : topic.resources;
  return counted.reduce((sum, resource) => sum + resource.effortMinutes, 0);
}

/** The path's minutes: the sum of its items. */
export function pathEffort(topics: Map<string, PickerTopic>, items: readonly DraftItem[]): number {
  return items.reduce((sum, item) => sum + itemEffort(topics.get(item.topic), item.resourceIds), 0);
}

/** Turns a resource on or off in an item's pins, keeping the topic's resource order. */
export function togglePin(topic: PickerTopic, resourceIds: readonly string[], resourceId: string, on: boolean): string[] {
  const pinned = new Set(resourceIds);
  if (on) pinned.add(resourceId);
  else pinned.delete(resourceId);
  return topic.resources.map((resource) => resource.id).filter((id) => pinned.has(id));
}
