import type { ResourceDto } from "@/lib/catalog/schema";
import { ResourceItem } from "@/components/catalog/resource-item";

/** A topic's resources, as a visitor sees them. */
export function ResourceList({ resources }: { resources: ResourceDto[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {resources.map((resource) => (
        <ResourceItem key={resource.id} resource={resource} />
      ))}
    </ul>
  );
}
