"use client";

import { useEffect, useId, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { NoteDto } from "@/lib/progress/schema";
import { NOTE_MAX_LENGTH } from "@/lib/progress/limits";
import { formatCount } from "@/lib/format";
import { Button } from "@/components/ui/button";
import dynamic from "next/dynamic";
import { cn } from "@/components/ui/cn";
import { retryDelay, retryTransient, sendJson } from "@/components/progress/api-client";

const AUTOSAVE_DELAY_MS = 800;

// The Markdown renderer is loaded when the learner first opens the preview,
// not with the page.
const MarkdownText = dynamic(() => import("@/components/ui/markdown").then((m) => m.MarkdownText), {
  loading: () => <p className="text-slate-600 dark:text-slate-400">Loading preview…</p>,
});

/** The learner's private Markdown note on a topic, saved as they type. */
export function NoteEditor({ slug, initialBody }: { slug: string; initialBody: string }) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [savedBody, setSavedBody] = useState(initialBody);
  const [preview, setPreview] = useState(false);
  const client = useQueryClient();
  const save = useMutation({
    scope: { id: `note:${slug}` },
    mutationFn: (text: string) => sendJson<NoteDto>("PUT", `/api/notes/${slug}`, { body: text }),
    retry: retryTransient,
    retryDelay,
    onSuccess: (note) => {
      setSavedBody(note.body);
      client.setQueryData(["note", slug], note);
    },
  });
  const tooLong = body.length > NOTE_MAX_LENGTH;
  const dirty = body !== savedBody;

  // Save a moment after the last keystroke (not on every key).
  useEffect(() => {
    if (!dirty || tooLong) return;
    const timer = setTimeout(() => save.mutate(body), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // `save` is stable enough: re-running on its identity would re-send.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body, dirty, tooLong]);

  // Leaving with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const state = tooLong
    ? `Too long to save: ${formatCount(body.length - NOTE_MAX_LENGTH)} characters over the limit.`
    : save.isError && dirty
      ? `Not saved: ${(save.error as Error).message}`
      : save.isPending || dirty
        ? "Saving…"
        : "Saved";

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          Your notes
        </h2>
        <div className="flex gap-1" role="group" aria-label="Note view">
          <Button variant={preview ? "ghost" : "secondary"} aria-pressed={!preview} onClick={() => setPreview(false)}>
            Write
          </Button>
          <Button variant={preview ? "secondary" : "ghost"} aria-pressed={preview} onClick={() => setPreview(true)}>
            Preview
          </Button>
        </div>
      </div>
      {preview ? (
        <div className="min-h-40 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-900">
          {body.trim() ? <MarkdownText>{body}</MarkdownText> : <p className="text-slate-600 dark:text-slate-400">Nothing written yet.</p>}
        </div>
      ) : (
        <>
          <label htmlFor={`${id}-body`} className="sr-only">
            Your private note on this topic (Markdown)
          </label>
          <textarea
            id={`${id}-body`}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            onBlur={() => dirty && !tooLong && save.mutate(body)}
            rows={8}
            aria-describedby={`${id}-state`}
            placeholder="Private to you. Markdown works: **bold**, lists, [links](https://example.com)."
            className={cn(
              "min-h-40 w-full rounded-md border bg-white p-3 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100",
              tooLong ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600",
            )}
          />
        </>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p id={`${id}-state`} role="status" className={tooLong || (save.isError && dirty) ? "text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}>
          {state}
          {save.isError && dirty && !tooLong && (
            <button type="button" onClick={() => save.mutate(body)} className="ml-2 font-medium underline">
              Retry now
            </button>
          )}
        </p>
        <p className="text-slate-600 dark:text-slate-400">
          {formatCount(body.length)} / {formatCount(NOTE_MAX_LENGTH)}
        </p>
      </div>
    </section>
  );
}
