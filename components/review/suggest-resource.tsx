"use client";

import { useId, useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { createSuggestionSchema, type CreateSuggestionInput } from "@/lib/review/schema";
import { sendJson } from "@/components/progress/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { KIND_OPTIONS } from "@/components/review/labels";
import { buttonClasses } from "@/components/ui/button";
import { signInHref, useMe } from "@/components/layout/session";

const emptyToUndefined = (value: string) => (value === "" ? undefined : value);

/** "Suggest a resource" at the end of a topic's resources: title, URL, kind, why; it goes to the review queue. */
export function SuggestResource({ slug }: { slug: string }) {
  const visitor = useMe().data === null;
  const [open, setOpen] = useState(false);
  const formId = useId();
  const { register, handleSubmit, formState, reset } = useForm<CreateSuggestionInput>({ resolver: zodResolver(createSuggestionSchema) });
  const suggest = useMutation({
    mutationFn: (input: CreateSuggestionInput) => sendJson("POST", `/api/topics/${slug}/suggestions`, input),
    onSuccess: () => {
      setOpen(false);
      reset();
    },
  });
  if (visitor) {
    return (
      <div className="mt-4">
        <Link href={signInHref(`/topics/${slug}`)} className={buttonClasses("secondary")}>
          Suggest a resource<span className="sr-only"> (sign in first)</span>
        </Link>
      </div>
    );
  }
  return (
    <div className="mt-4 flex flex-col gap-3">
      {suggest.isSuccess && !open && (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          Thanks, your suggestion was sent. Follow it in <Link href="/submissions" className="underline">My submissions</Link>.
        </p>
      )}
      <div>
        <Button variant="secondary" aria-expanded={open} aria-controls={formId} onClick={() => (setOpen(!open), suggest.reset())}>
          {open ? "Cancel suggestion" : "Suggest a resource"}
        </Button>
      </div>
      {open && (
        <form id={formId} onSubmit={handleSubmit((values) => suggest.mutate(values))} noValidate aria-label="Suggest a resource" className="flex max-w-lg flex-col gap-3">
          {suggest.error && <Alert tone="error">{suggest.error.message}</Alert>}
          <TextField label="Title" error={formState.errors.title?.message} {...register("title")} />
          <TextField label="URL" type="url" inputMode="url" placeholder="https://" error={formState.errors.url?.message} {...register("url")} />
          <SelectField
            label="Kind (optional)"
            options={[{ value: "", label: "Not sure" }, ...KIND_OPTIONS]}
            error={formState.errors.kind?.message}
            {...register("kind", { setValueAs: emptyToUndefined })}
          />
          <TextArea label="Why it helps (optional)" error={formState.errors.note?.message} {...register("note", { setValueAs: emptyToUndefined })} />
          <div>
            <Button type="submit" disabled={suggest.isPending}>
              {suggest.isPending ? "Sending…" : "Send suggestion"}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
