"use client";

import Link from "@/components/ui/link";
import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";
import { signOutAction } from "@/lib/accounts/actions";
import { can } from "@/lib/permissions";
import { buttonClasses } from "@/components/ui/button";
import { useMe } from "@/components/layout/session";

async function signOut() {
  await signOutAction();
  window.location.assign("/");
}

export const navLink = "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800";

/**
 * The header's account area, loaded after the page (the pages are static):
 * a placeholder of the same size while GET /api/me answers, then the
 * signed-in links and "Sign out", or "Sign in" / "Sign up". Asked again on
 * each navigation, so signing in or out shows at once.
 */
export function AccountMenu() {
  const pathname = usePathname();
  const me = useMe();
  const { refetch } = me;
  const shownFor = useRef(pathname);
  useEffect(() => {
    if (shownFor.current === pathname) return;
    shownFor.current = pathname;
    void refetch();
  }, [pathname, refetch]);

  if (me.isPending) {
    return <span aria-hidden="true" className="inline-block h-10 w-40 animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none dark:bg-slate-800" />;
  }
  const user = me.data;
  if (!user) {
    return (
      <>
        <Link href="/signin" className={navLink}>
          Sign in
        </Link>
        <Link href="/signup" className={buttonClasses("primary")}>
          Sign up
        </Link>
      </>
    );
  }
  return (
    <>
      <Link href="/teams" className={navLink}>
        Teams
      </Link>
      {can(user.role, "catalog:curate") && (
        <Link href="/admin" className={navLink}>
          Admin
        </Link>
      )}
      {/* Said to screen readers only on a phone, so the bar keeps the one row it had while loading. */}
      <span className="sr-only px-3 py-2 text-sm text-slate-600 sm:not-sr-only dark:text-slate-400">
        Signed in as <span className="font-medium text-slate-900 dark:text-slate-100">{user.name}</span>
      </span>
      <form action={signOut}>
        <button type="submit" className={buttonClasses("secondary")}>
          Sign out
        </button>
      </form>
    </>
  );
}
