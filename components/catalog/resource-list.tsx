import type { ResourceDto } from "@/lib/catalog/schema";
import { MarkdownText } from "@/components/ui/markdown";

/** A resource's Markdown note, rendered on the server (null when it has none). */
export function resourceNote(resource: ResourceDto) {
  return resource.note ? (
    <MarkdownText inline className="text-sm text-slate-600 dark:text-slate-400">
      {resource.note}
    </MarkdownText>
  ) : null;
}
