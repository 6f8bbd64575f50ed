import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";
import { PageHeader } from "@/components/ui/page-header";
import { TimeZoneForm } from "@/components/dashboard/time-zone-form";
import { Providers } from "@/components/layout/providers";

export const metadata: Metadata = { title: "Settings" };

/**
 * Every IANA zone this server accepts, plus the learner's current one: V8
 * leaves "UTC" out of `supportedValuesOf`, and a saved zone must always be
 * selectable or the form would silently switch it on save.
 */
function timeZoneOptions(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b, "en"));
}

export default async function SettingsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/settings");
  return (
    <>
      <PageHeader
        title="Settings"
        lead="Choose how Waypoint counts your study days."
        crumbs={
          <Link href="/" className="hover:underline">
            Dashboard
          </Link>
        }
      />
      {/* No aria-labelledby: a "Time zone" region would share its name with the select's label. */}
      <section className="max-w-xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h2 className="mb-1 text-xl font-semibold text-slate-900 dark:text-slate-50">
          Time zone
        </h2>
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          Currently <span className="font-medium text-slate-900 dark:text-slate-100">{user.timeZone}</span>. A day of study runs
          from midnight to midnight in this zone.
        </p>
        <Providers>
          <TimeZoneForm current={user.timeZone} zones={timeZoneOptions(user.timeZone)} />
        </Providers>
      </section>
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        <Link href="/submissions" className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
          My submissions
        </Link>
        : the resources you suggested and the problems you reported, and what became of them.
      </p>
    </>
  );
}
