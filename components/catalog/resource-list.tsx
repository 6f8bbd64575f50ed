import type { ResourceDto } from "@/lib/catalog/schema";
import { MarkdownText } from "@/components/ui/markdown";
import { ResourceItem } from "@/components/catalog/resource-item";

/** A resource's Markdown note, rendered on the server (null when it has none). */
export function resourceNote(resource: ResourceDto) {
  return resource.note ? (
    <MarkdownText inline className="text-sm text-slate-600 dark:text-slate-400">
      {resource.note}
    </MarkdownText>
  ) : null;
}

/** A topic's resources, as a visitor sees them. */
export function ResourceList({ resources, brokenIds = [] }: { resources: ResourceDto[]; brokenIds?: string[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {resources.map((resource) => (
        <ResourceItem key={resource.id} resource={resource} note={resourceNote(resource)} reportedBroken={brokenIds.includes(resource.id)} />
      ))}
    </ul>
  );
}
