import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { slugSchema } from "@/lib/catalog/schema";
import { getTrackForEditing } from "@/lib/curation/data";
import { requirePagePermission } from "@/lib/page-guard";
import { TrackEditor } from "@/components/admin/content/track-editor";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  await requirePagePermission("catalog:curate", `/admin/content/tracks/${slug}`);
  const parsed = slugSchema.safeParse(slug);
  const track = parsed.success ? await getTrackForEditing(parsed.data) : null;
  if (!track) notFound();
  return track;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await load(params)).title}` };
}

export default async function AdminTrackPage({ params }: Props) {
  const track = await load(params);
  return (
    <>
      <PageHeader
        title={track.title}
        crumbs={[{ label: "Content", href: "/admin/content" }, { label: "Track" }]}
      />
      <TrackEditor initial={track} />
    </>
  );
}
