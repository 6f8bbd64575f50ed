import Link from "@/components/ui/link";
import { AccountMenu, navLink } from "@/components/layout/account-menu";
import { HeaderSearch } from "@/components/search/header-search";

/**
 * The top bar: brand, main navigation and the account controls. It reads
 * nothing from the request, so every page under it can be static: the
 * account area is a client island (components/layout/account-menu.tsx).
 */
export function SiteHeader() {
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
          <AccountMenu />
        </nav>
      </div>
    </header>
  );
}
