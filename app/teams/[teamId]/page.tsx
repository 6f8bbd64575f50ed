import type { Metadata } from "next";
import { getTeam } from "@/lib/teams/data";
import { requireTeamPage } from "@/lib/teams/page-data";
import { Providers } from "@/components/layout/providers";
import { TeamPage } from "@/components/teams/team-page";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ teamId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { teamId } = await params;
  const { access } = await requireTeamPage(teamId, `/teams/${teamId}`);
  return { title: access.teamName };
}

export default async function TeamDetailPage({ params }: Props) {
  const { teamId } = await params;
  const { user, access } = await requireTeamPage(teamId, `/teams/${teamId}`);
  const team = await getTeam(access);
  return (
    <>
      <PageHeader
        title={team.name}
        lead={access.role === "LEAD" ? "You lead this team." : "You are a member of this team."}
        crumbs={[{ label: "Teams", href: "/teams" }]}
      />
      <Providers>
        <TeamPage initial={team} viewerId={user.id} />
      </Providers>
    </>
  );
}
