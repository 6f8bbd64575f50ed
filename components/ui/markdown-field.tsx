"use client";

import { forwardRef, useId, useState, type TextareaHTMLAttributes } from "react";
import dynamic from "next/dynamic";
import { cn } from "@/components/ui/cn";

// The renderer is loaded when the preview is first opened, not with the page.
const MarkdownText = dynamic(() => import("@/components/ui/markdown").then((m) => m.MarkdownText), {
  loading: () => <p className="text-slate-600 dark:text-slate-400">Loading preview…</p>,
});

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; value: string; error?: string; hint?: string };

const tab = (active: boolean) =>
  cn(
    "min-h-9 rounded-md px-3 text-sm font-medium",
    active ? "bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-50" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
  );

/**
 * A labelled Markdown textarea with a Write / Preview switch; the preview is
 * the same renderer the pages use (components/ui/markdown.tsx). Works with
 * react-hook-form's register(); pass the current `value` for the preview.
 */
export const MarkdownField = forwardRef<HTMLTextAreaElement, Props>(function MarkdownField({ label, value, error, hint, className, id, ...props }, ref) {
  const generated = useId();
  const inputId = id ?? generated;
  const [preview, setPreview] = useState(false);
  const hintId = `${inputId}-hint`;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={inputId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {label}
        </label>
        <div role="group" aria-label={`${label}: write or preview`} className="flex gap-1">
          <button type="button" className={tab(!preview)} aria-pressed={!preview} onClick={() => setPreview(false)}>
            Write
          </button>
          <button type="button" className={tab(preview)} aria-pressed={preview} onClick={() => setPreview(true)}>
            Preview
          </button>
        </div>
      </div>
      <textarea
        ref={ref}
        id={inputId}
        rows={6}
        hidden={preview}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        className={cn(
          "rounded-md border bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100",
          error ? "border-red-600 dark:border-red-400" : "border-slate-500",
          className,
        )}
        {...props}
      />
      {preview && (
        <div aria-label={`${label} preview`} role="region" className="min-h-24 rounded-md border border-dashed border-slate-400 px-3 py-2 text-slate-800 dark:border-slate-600 dark:text-slate-200">
          {value.trim() ? <MarkdownText>{value}</MarkdownText> : <p className="text-slate-600 dark:text-slate-400">Nothing to preview.</p>}
        </div>
      )}
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        {hint ?? "Markdown: **bold**, *italic*, [links](https://…), lists."}
      </p>
      {error && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
});
