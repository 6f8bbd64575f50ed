import type { Metadata } from "next";
import { listTracksForEditing } from "@/lib/curation/data";
import { requirePagePermission } from "@/lib/page-guard";
import { TracksEditor } from "@/components/admin/content/tracks-editor";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Content" };

export default async function AdminContentPage() {
  await requirePagePermission("catalog:curate", "/admin/content");
  const tracks = await listTracksForEditing();
  return (
    <>
      <PageHeader title="Content" lead="Edit the roadmap: tracks, topics, key points and resources. Archiving hides a row and keeps everything learners recorded on it." />
      <TracksEditor initial={tracks} />
    </>
  );
}
