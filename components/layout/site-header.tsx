import Link from "next/link";
import { getCurrentUser } from "@/lib/session";
import { signOutAction } from "@/lib/accounts/actions";
import { buttonClasses } from "@/components/ui/button";
import { can } from "@/lib/permissions";
import { HeaderSearch } from "@/components/search/header-search";

const navLink = "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800";

/** The top bar: brand, main navigation and the account controls. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-slate-900 dark:text-slate-50">
          <span aria-hidden="true" className="inline-block h-3 w-3 rotate-45 rounded-sm bg-indigo-600 dark:bg-indigo-400" />
          Waypoint
        </Link>
        <HeaderSearch />
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
          <Link href="/tracks" className={navLink}>
            Tracks
          </Link>
          {user ? (
            <>
              <Link href="/teams" className={navLink}>
                Teams
              </Link>
              {can(user.role, "catalog:curate") && (
                <Link href="/admin" className={navLink}>
                  Admin
                </Link>
              )}
              <span className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">
                Signed in as <span className="font-medium text-slate-900 dark:text-slate-100">{user.name}</span>
              </span>
              <form action={signOutAction}>
                <button type="submit" className={buttonClasses("secondary")}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/signin" className={navLink}>
                Sign in
              </Link>
              <Link href="/signup" className={buttonClasses("primary")}>
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
