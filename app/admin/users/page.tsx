import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requirePagePermission } from "@/lib/page-guard";
import { listUsers } from "@/lib/users/data";
import { usersQuerySchema } from "@/lib/users/schema";
import { RoleControl } from "@/components/admin/users/role-control";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { CARD } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/text-field";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const joined = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

// GET /admin/users – search users by name or email, promote and demote.
export default async function UsersPage({ searchParams }: Props) {
  const me = await requirePagePermission("users:manage", "/admin/users");
  const raw = Object.fromEntries(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const parsed = usersQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : usersQuerySchema.parse({});
  const page = await listUsers(query);
  const next = page.nextCursor ? `?${new URLSearchParams({ ...(query.query ? { query: query.query } : {}), cursor: page.nextCursor })}` : null;

  return (
    <>
      <PageHeader title="Users" lead="Find people by name or email; make them admins or learners. There is always at least one admin." />
      <form method="get" role="search" aria-label="Search users" className={`${CARD} mb-6 flex flex-wrap items-end gap-3`}>
        <div className="min-w-0 flex-1">
          <TextField label="Name or email" name="query" type="search" defaultValue={query.query ?? ""} />
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          Search
        </button>
      </form>
      {!parsed.success && <Alert tone="error">That search is not valid; showing everyone.</Alert>}
      {page.items.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No users match.</p>
      ) : (
        <ul aria-label="Users" className="flex flex-col gap-3">
          {page.items.map((user) => (
            <li key={user.id} className={`${CARD} flex flex-wrap items-center justify-between gap-3`}>
              <div className="flex min-w-0 flex-col">
                <span className="font-semibold text-slate-900 dark:text-slate-50">
                  {user.name}
                  {user.id === me.id && <span className="font-normal text-slate-600 dark:text-slate-400"> (you)</span>}
                </span>
                <span className="break-all text-sm text-slate-700 dark:text-slate-300">{user.email}</span>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {user.role === "ADMIN" ? "Admin" : "Learner"} · joined {joined.format(new Date(user.createdAt))}
                </span>
              </div>
              <RoleControl user={user} self={user.id === me.id} />
            </li>
          ))}
        </ul>
      )}
      {next && (
        <nav aria-label="User pages" className="mt-6">
          <Link href={`/admin/users${next}`} className={buttonClasses("secondary")}>
            More users
          </Link>
        </nav>
      )}
    </>
  );
}
