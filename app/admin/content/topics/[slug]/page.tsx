import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DEFAULT_EFFORT_MINUTES } from "@/lib/catalog/effort";
import { slugSchema } from "@/lib/catalog/schema";
import { getTopicForEditing } from "@/lib/curation/data";
import { requirePagePermission } from "@/lib/page-guard";
import { TopicEditor } from "@/components/admin/content/topic-editor";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  await requirePagePermission("catalog:curate", `/admin/content/topics/${slug}`);
  const parsed = slugSchema.safeParse(slug);
  const topic = parsed.success ? await getTopicForEditing(parsed.data) : null;
  if (!topic) notFound();
  return topic;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await load(params)).title}` };
}

export default async function AdminTopicPage({ params }: Props) {
  const topic = await load(params);
  return (
    <>
      <PageHeader
        title={topic.title}
        crumbs={[
          { label: "Content", href: "/admin/content" },
          { label: topic.track.title, href: `/admin/content/tracks/${topic.track.slug}` },
          { label: "Topic" },
        ]}
      />
      <TopicEditor initial={topic} effortDefaults={DEFAULT_EFFORT_MINUTES} />
    </>
  );
}
