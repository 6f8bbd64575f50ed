"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-4">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="text-slate-700 dark:text-slate-300">The page could not be loaded. Try again in a moment.</p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
