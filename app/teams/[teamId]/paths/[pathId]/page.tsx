import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPath } from "@/lib/teams/paths";
import { listPickableTopics } from "@/lib/teams/picker";
import { requireTeamPage } from "@/lib/teams/page-data";
import { pathParams } from "@/lib/teams/schema";
import { PathPage } from "@/components/teams/path-page";

type Props = { params: Promise<{ teamId: string; pathId: string }>; searchParams: Promise<{ saved?: string }> };

async function load(params: Props["params"]) {
  const { teamId, pathId } = await params;
  const { access } = await requireTeamPage(teamId, `/teams/${teamId}/paths/${pathId}`);
  const parsed = pathParams.safeParse({ teamId, pathId });
  const path = parsed.success ? await getPath(access, parsed.data.pathId) : null;
  if (!path) notFound();
  return { access, path };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await load(params)).path.title}` };
}

export default async function EditPathPage({ params, searchParams }: Props) {
  const { access, path } = await load(params);
  const isLead = access.role === "LEAD";
  const catalog = isLead ? await listPickableTopics() : [];
  const saved = (await searchParams).saved === "1";
  return <PathPage team={{ id: access.teamId, name: access.teamName }} isLead={isLead} catalog={catalog} path={path} saved={saved} />;
}
