import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requirePagePermission } from "@/lib/page-guard";
import { listTeams } from "@/lib/teams/data";
import { plural } from "@/lib/plural";
import { Providers } from "@/components/layout/providers";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { CARD } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Teams" };

const ROLE_LABEL = { LEAD: "Lead", MEMBER: "Member" } as const;

/** The caller's teams (name, role, member count) and a form to create one. */
export default async function TeamsPage() {
  const user = await requirePagePermission("teams:use", "/teams");
  const teams = await listTeams(user.id);
  return (
    <>
      <PageHeader title="Teams" lead="Study together: a lead assigns learning paths with a due date and sees who is on track." />
      <section aria-labelledby="my-teams-heading" className="mb-6">
        <h2 id="my-teams-heading" className="mb-3 text-xl font-semibold text-slate-900 dark:text-slate-50">
          Your teams
        </h2>
        {teams.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">You are not in a team yet. Create one below, or open an invite link a lead sent you.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {teams.map((team) => (
              <li key={team.id} className={CARD}>
                <Link href={`/teams/${team.id}`} className="text-lg font-semibold text-indigo-700 hover:underline dark:text-indigo-300">
                  {team.name}
                </Link>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  {ROLE_LABEL[team.role]} · {plural(team.memberCount, "member")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-team-heading" className={CARD}>
        <h2 id="create-team-heading" className="mb-3 text-xl font-semibold text-slate-900 dark:text-slate-50">
          Create a team
        </h2>
        <Providers>
          <CreateTeamForm />
        </Providers>
      </section>
    </>
  );
}
