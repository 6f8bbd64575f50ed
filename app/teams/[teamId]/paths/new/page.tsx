import type { Metadata } from "next";
import { listPickableTopics } from "@/lib/teams/picker";
import { requireTeamPage } from "@/lib/teams/page-data";
import { PathPage } from "@/components/teams/path-page";

export const metadata: Metadata = { title: "New learning path" };

type Props = { params: Promise<{ teamId: string }> };

export default async function NewPathPage({ params }: Props) {
  const { teamId } = await params;
  const { access } = await requireTeamPage(teamId, `/teams/${teamId}/paths/new`);
  const catalog = access.role === "LEAD" ? await listPickableTopics() : [];
  return <PathPage team={{ id: teamId, name: access.teamName }} isLead={access.role === "LEAD"} catalog={catalog} />;
}
