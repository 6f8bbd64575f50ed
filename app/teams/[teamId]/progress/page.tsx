import type { Metadata } from "next";
import { requireTeamPage } from "@/lib/teams/page-data";
import { Providers } from "@/components/layout/providers";
import { ActivityFeed } from "@/components/teams/activity-feed";
import { teamCrumbs } from "@/components/teams/team-crumbs";
import { TeamProgress } from "@/components/teams/team-progress";
import { CARD } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ teamId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { teamId } = await params;
  const { access } = await requireTeamPage(teamId, `/teams/${teamId}/progress`);
  return { title: `${access.teamName}: progress` };
}

/** The team dashboard: members × path items, and the team's recent activity. */
export default async function TeamProgressPage({ params }: Props) {
  const { teamId } = await params;
  const { access } = await requireTeamPage(teamId, `/teams/${teamId}/progress`);
  return (
    <>
      <PageHeader
        title={`${access.teamName}: progress`}
        lead="Who is on track, at risk or overdue on each path."
        crumbs={teamCrumbs({ id: teamId, name: access.teamName }, "Progress")}
      />
      <Providers>
        <div className="flex flex-col gap-6">
          <section aria-labelledby="matrix-heading" className={CARD}>
            <h2 id="matrix-heading" className="mb-4 text-xl font-semibold text-slate-900 dark:text-slate-50">
              Members and topics
            </h2>
            <TeamProgress teamId={teamId} isLead={access.role === "LEAD"} />
          </section>
          <section aria-labelledby="activity-heading" className={CARD}>
            <h2 id="activity-heading" className="mb-4 text-xl font-semibold text-slate-900 dark:text-slate-50">
              Recent activity
            </h2>
            <ActivityFeed teamId={teamId} />
          </section>
        </div>
      </Providers>
    </>
  );
}
