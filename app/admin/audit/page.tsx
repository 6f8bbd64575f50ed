import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { listAuditActions, listAuditEvents } from "@/lib/audit/data";
import { AUDIT_ENTITY_TYPES, auditQuerySchema, type AuditQuery } from "@/lib/audit/schema";
import { requirePagePermission } from "@/lib/page-guard";
import { EventChanges } from "@/components/admin/audit/event-changes";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { CARD } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = ["actor", "entityType", "action", "from", "to"] as const;

/** The filters of the address as a query string (without the cursor), for the CSV link and the next page. */
function filterQuery(query: Partial<AuditQuery>, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (query[name]) params.set(name, String(query[name]));
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

// GET /admin/audit – the audit log with filters (a plain GET form: works without JavaScript) and a CSV download.
export default async function AuditPage({ searchParams }: Props) {
  await requirePagePermission("audit:read", "/admin/audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const parsed = auditQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : auditQuerySchema.parse({});
  const [page, actions] = await Promise.all([listAuditEvents(query), listAuditActions()]);
  const date = (value?: string) => value?.slice(0, 10) ?? "";

  return (
    <>
      <PageHeader title="Audit log" lead="Every change to content, review decision and role change: who, when, and the values before and after. Nothing here can be edited or deleted." />
      <form method="get" aria-label="Filter the audit log" className={`${CARD} mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3`}>
        <TextField label="Actor (email or id)" name="actor" defaultValue={query.actor ?? ""} />
        <SelectField label="Entity type" name="entityType" defaultValue={query.entityType ?? ""} options={[{ value: "", label: "Any" }, ...AUDIT_ENTITY_TYPES.map((t) => ({ value: t, label: t }))]} />
        <SelectField label="Action" name="action" defaultValue={query.action ?? ""} options={[{ value: "", label: "Any" }, ...actions.map((a) => ({ value: a, label: a }))]} />
        <TextField label="From (UTC day)" name="from" type="date" defaultValue={date(query.from)} />
        <TextField label="To (UTC day, included)" name="to" type="date" defaultValue={date(query.to)} />
        <div className="flex flex-wrap items-end gap-2">
          <button type="submit" className={buttonClasses("primary")}>
            Filter
          </button>
          <Link href="/admin/audit" className={buttonClasses("ghost")}>
            Clear
          </Link>
        </div>
      </form>
      {!parsed.success && <Alert tone="error">Those filters are not valid ({parsed.error.issues[0]?.message}); showing everything.</Alert>}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700 dark:text-slate-300">Newest first{page.items.length === 0 ? ": no events match." : "."}</p>
        <a href={`/api/admin/audit.csv${filterQuery(query)}`} download className={buttonClasses("secondary")}>
          Download CSV
        </a>
      </div>
      <ol aria-label="Audit events" className="flex flex-col gap-3">
        {page.items.map((event) => (
          <li key={event.id} className={`${CARD} flex flex-col gap-2`}>
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-mono text-sm font-semibold text-slate-900 dark:text-slate-50">{event.action}</span>
              <span className="text-slate-800 dark:text-slate-200">
                {event.entity.type} “{event.entity.label}”
              </span>
            </p>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <time dateTime={event.at}>{dateTime.format(new Date(event.at))} UTC</time> by {event.actor.name} ({event.actor.email})
            </p>
            <EventChanges event={event} />
          </li>
        ))}
      </ol>
      {page.nextCursor && (
        <nav aria-label="Audit log pages" className="mt-6">
          <Link href={`/admin/audit${filterQuery(query, { cursor: page.nextCursor })}`} className={buttonClasses("secondary")}>
            Older events
          </Link>
        </nav>
      )}
    </>
  );
}
