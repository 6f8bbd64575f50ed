"use client";

import Link from "@/components/ui/link";
import { useQuery } from "@tanstack/react-query";
import type { NoteDto } from "@/lib/progress/schema";
import { getJson } from "@/components/progress/api-client";
import { NoteEditor } from "@/components/progress/note-editor";
import { useTopicProgress } from "@/components/progress/topic-progress-context";
import { signInHref } from "@/components/layout/session";

// The editor's height (heading, 8-row text area, status line), kept while it loads and for visitors.
const BOX = "flex min-h-72 flex-col";

/** The learner's note on the topic, loaded after the page (GET /api/notes/{slug}); for a visitor, a sign-in prompt. */
export function TopicNote() {
  const { phase, slug } = useTopicProgress();
  const note = useQuery({
    queryKey: ["note", slug],
    queryFn: () => getJson<NoteDto>(`/api/notes/${slug}`),
    enabled: phase === "learner",
    staleTime: Infinity,
  });
  if (phase === "learner" && note.data) {
    return (
      <div className={BOX}>
        <NoteEditor slug={slug} initialBody={note.data.body} />
      </div>
    );
  }
  return (
    <section aria-labelledby="notes-heading" className={`${BOX} gap-3`}>
      <h2 id="notes-heading" className="text-xl font-semibold">
        Your notes
      </h2>
      <div
        aria-busy={phase !== "visitor"}
        className="flex min-h-40 flex-1 items-center justify-center rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300"
      >
        {phase === "visitor" && (
          <p>
            <Link href={signInHref(`/topics/${slug}`)} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              Sign in
            </Link>{" "}
            to keep a private note on this topic.
          </p>
        )}
        {phase !== "visitor" && note.isError && <p>Your note could not be loaded: {(note.error as Error).message}</p>}
      </div>
    </section>
  );
}
