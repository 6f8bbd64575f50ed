import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";
import { PageHeader } from "@/components/ui/page-header";
import { TimeZoneForm } from "@/components/dashboard/time-zone-form";
import { Providers } from "@/components/layout/providers";
import { ChangeEmailForm, ChangePasswordForm, SignOutEverywhere } from "@/components/accounts/account-forms";
import { DeleteAccount } from "@/components/accounts/delete-account";
import { CARD } from "@/components/ui/card";
import { plannedHandovers } from "@/lib/accounts/lifecycle";

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
  const handovers = (await plannedHandovers(user.id)).map(({ teamId, name, outcome, newLead }) => ({
    teamId,
    name,
    outcome,
    newLead: newLead ? { name: newLead.name } : null,
  }));
  return (
    <>
      <PageHeader
        title="Settings"
        lead="Your study days, your sign-in and your account."
        crumbs={[{ label: "Dashboard", href: "/" }]}
      />
      {/* No aria-labelledby: a "Time zone" region would share its name with the select's label. */}
      <section className={`max-w-xl ${CARD}`}>
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
      <Providers>
        <section aria-labelledby="password-heading" className={`mt-6 max-w-xl ${CARD}`}>
          <h2 id="password-heading" className="mb-4 text-xl font-semibold text-slate-900 dark:text-slate-50">
            Password
          </h2>
          <ChangePasswordForm />
        </section>
        <section aria-labelledby="email-heading" className={`mt-6 max-w-xl ${CARD}`}>
          <h2 id="email-heading" className="mb-4 text-xl font-semibold text-slate-900 dark:text-slate-50">
            Email
          </h2>
          <ChangeEmailForm current={user.email} />
        </section>
        <section aria-labelledby="sessions-heading" className={`mt-6 max-w-xl ${CARD}`}>
          <h2 id="sessions-heading" className="mb-1 text-xl font-semibold text-slate-900 dark:text-slate-50">
            Sessions
          </h2>
          <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
            Signed in on a computer you no longer use? Sign out on every browser and device, this one included.
          </p>
          <SignOutEverywhere />
        </section>
        <section aria-labelledby="delete-heading" className={`mt-6 max-w-xl ${CARD}`}>
          <h2 id="delete-heading" className="mb-4 text-xl font-semibold text-red-800 dark:text-red-300">
            Delete account
          </h2>
          <DeleteAccount handovers={handovers} />
        </section>
      </Providers>
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        <Link href="/submissions" className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
          My submissions
        </Link>
        : the resources you suggested and the problems you reported, and what became of them.
      </p>
    </>
  );
}
