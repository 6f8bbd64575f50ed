"use client";

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

const emptyToUndefined = (value: string) => (value === "" ? undefined : value);

/**
 * The suggestion form itself (title, URL, kind, why), loaded the first time a
 * learner opens it (components/review/suggest-resource.tsx).
 */
export function SuggestForm({ id, slug, onSent }: { id: string; slug: string; onSent: () => void }) {
  const { register, handleSubmit, formState } = useForm<CreateSuggestionInput>({ resolver: zodResolver(createSuggestionSchema) });
  const suggest = useMutation({
    mutationFn: (input: CreateSuggestionInput) => sendJson("POST", `/api/topics/${slug}/suggestions`, input),
    onSuccess: onSent,
  });
  return (
    <form id={id} onSubmit={handleSubmit((values) => suggest.mutate(values))} noValidate aria-label="Suggest a resource" className="flex max-w-lg flex-col gap-3">
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
  );
}
