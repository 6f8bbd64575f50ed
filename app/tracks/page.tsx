import type { Metadata } from "next";
import { listTracks } from "@/lib/catalog/data";
import { TrackList } from "@/components/catalog/track-list";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Tracks" };

export default async function TracksPage() {
  const tracks = await listTracks();
  return (
    <>
      <PageHeader
        title="Tracks"
        lead="Three tracks take you from the fundamentals to building and deploying LLM applications."
      />
      <TrackList tracks={tracks} />
    </>
  );
}
