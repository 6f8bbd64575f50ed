import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";
import { can } from "@/lib/permissions";
import { Providers } from "@/components/layout/providers";

const SECTIONS = [
  { href: "/admin/content", label: "Content" },
  { href: "/admin/review", label: "Review queue" },
  { href: "/admin/links", label: "Link health" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/users", label: "Users" },
] as const;

const tab = "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800";

/**
 * The admin area's frame. Pages are refused here for anyone but admins (a 404
 * for learners: the area's existence is no secret, but there is nothing to
 * show them); every admin route handler checks the permission again itself.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/admin");
  if (!can(user.role, "catalog:curate")) notFound();
  return (
    <Providers>
      <nav aria-label="Admin" className="mb-6 flex flex-wrap gap-1 border-b border-slate-200 pb-3 dark:border-slate-800">
        {SECTIONS.map((section) => (
          <Link key={section.href} href={section.href} className={tab}>
            {section.label}
          </Link>
        ))}
      </nav>
      {children}
    </Providers>
  );
}
