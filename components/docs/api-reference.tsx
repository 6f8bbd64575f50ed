// The API reference, rendered on the server from the OpenAPI document: no
// script at all, so it works under any Content-Security-Policy and with
// JavaScript off. Schemas are shown as the JSON Schema the document holds.
import { CARD } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

type Json = Record<string, unknown>;
type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { in: string; name: string; required?: boolean; schema?: Json }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Json }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: Json }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; tags?: { name: string }[] };

const METHOD_TONE: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  POST: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  PUT: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  PATCH: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
  DELETE: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

function SchemaBlock({ label, schema }: { label: string; schema: unknown }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-indigo-800 underline-offset-2 hover:underline dark:text-indigo-300">{label}</summary>
      <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-100 p-3 text-xs text-slate-900 dark:bg-slate-950 dark:text-slate-100" tabIndex={0}>
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}

function OperationCard({ method, path, op }: { method: string; path: string; op: Operation }) {
  const body = op.requestBody?.content["application/json"]?.schema;
  return (
    <li className={cn(CARD, "flex flex-col gap-2")} id={op.operationId}>
      <h3 className="flex flex-wrap items-baseline gap-2 font-mono text-sm">
        <span className={cn("rounded px-2 py-0.5 font-semibold", METHOD_TONE[method])}>{method}</span>
        <span className="break-all text-slate-900 dark:text-slate-50">{path}</span>
      </h3>
      {op.summary && <p className="text-slate-800 dark:text-slate-200">{op.summary}</p>}
      {op.description && <p className="text-sm text-slate-700 dark:text-slate-300">{op.description}</p>}
      {op.parameters && op.parameters.length > 0 && (
        <table className="text-left text-sm">
          <caption className="sr-only">Parameters of {method} {path}</caption>
          <thead>
            <tr className="text-slate-700 dark:text-slate-300">
              <th scope="col" className="pr-4 font-medium">Parameter</th>
              <th scope="col" className="pr-4 font-medium">In</th>
              <th scope="col" className="font-medium">Schema</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <td className="pr-4 font-mono">{p.name}{p.required ? " *" : ""}</td>
                <td className="pr-4">{p.in}</td>
                <td className="font-mono text-xs break-all">{JSON.stringify(p.schema ?? {})}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {body !== undefined && <SchemaBlock label={`Request body${op.requestBody?.required ? "" : " (optional)"}`} schema={body} />}
      <ul className="flex flex-col gap-1 text-sm" aria-label={`Responses of ${method} ${path}`}>
        {Object.entries(op.responses).map(([status, response]) => {
          const content = response.content && Object.entries(response.content)[0];
          return (
            <li key={status}>
              <span className="font-mono font-semibold">{status}</span> {response.description}
              {content && content[1].schema && status.startsWith("2") && <SchemaBlock label={`${status} body (${content[0]})`} schema={content[1].schema} />}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** Every operation of `document`, grouped by tag, in the document's order. */
export function ApiReference({ document }: { document: Document }) {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
  const tags = document.tags?.map((t) => t.name) ?? [...new Set(operations.map((o) => o.op.tags?.[0] ?? "Other"))];
  return (
    <div className="flex flex-col gap-10">
      <nav aria-label="API sections">
        <ul className="flex flex-wrap gap-3 text-sm">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag}`} className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300">{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="flex flex-col gap-4">
          <h2 id={`tag-${tag}`} className="text-2xl font-semibold text-slate-900 dark:text-slate-50">{tag}</h2>
          <ul className="flex flex-col gap-4">
            {operations.filter((o) => (o.op.tags?.[0] ?? "Other") === tag).map((o) => (
              <OperationCard key={`${o.method} ${o.path}`} {...o} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
