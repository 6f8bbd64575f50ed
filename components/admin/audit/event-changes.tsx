import type { AuditEventDto } from "@/lib/audit/schema";

const MAX = 300;

function show(value: unknown): string {
  if (value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
}

const fields = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** Before → after, field by field (long values cut; the CSV has them whole). */
export function EventChanges({ event }: { event: Pick<AuditEventDto, "before" | "after"> }) {
  const before = fields(event.before);
  const after = fields(event.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (keys.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No field values recorded.</p>;
  return (
    <dl className="grid grid-cols-1 gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {keys.map((key) => (
        <div key={key} className="contents">
          <dt className="font-medium text-slate-800 dark:text-slate-200">{key}</dt>
          <dd className="break-words text-slate-700 dark:text-slate-300">
            {event.before !== null && <del className="text-red-800 dark:text-red-300">{show(before[key])}</del>}
            {event.before !== null && event.after !== null && <span aria-hidden="true"> → </span>}
            {event.before !== null && event.after !== null && <span className="sr-only"> changed to </span>}
            {event.after !== null && <ins className="text-emerald-800 no-underline dark:text-emerald-300">{show(after[key])}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
