"use client";

import { useId, useState } from "react";
import dynamic from "next/dynamic";
import Link from "@/components/ui/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { signInHref, useMe } from "@/components/layout/session";
import { FormLoading } from "@/components/review/form-loading";

// Loaded on first open, like the report form.
const SuggestForm = dynamic(() => import("@/components/review/suggest-form").then((m) => m.SuggestForm), { loading: FormLoading });

/** "Suggest a resource" at the end of a topic's resources: title, URL, kind, why; it goes to the review queue. */
export function SuggestResource({ slug }: { slug: string }) {
  const visitor = useMe().data === null;
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const formId = useId();
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
      {sent && !open && (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          Thanks, your suggestion was sent. Follow it in <Link href="/submissions" className="underline">My submissions</Link>.
        </p>
      )}
      <div>
        <Button variant="secondary" aria-expanded={open} aria-controls={formId} onClick={() => (setOpen(!open), setSent(false))}>
          {open ? "Cancel suggestion" : "Suggest a resource"}
        </Button>
      </div>
      {open && (
        <SuggestForm
          id={formId}
          slug={slug}
          onSent={() => {
            setSent(true);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}
