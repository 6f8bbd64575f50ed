"use client";

import { useState } from "react";
import { sendJson } from "@/components/progress/api-client";
import { Button } from "@/components/ui/button";
import type { ReviewGrade, ReviewResultDto } from "@/lib/spaced-review/schema";

const GRADES: { grade: ReviewGrade; label: string; hint: string }[] = [
  { grade: "AGAIN", label: "Again", hint: "I had forgotten it" },
  { grade: "HARD", label: "Hard", hint: "I recalled it with effort" },
  { grade: "GOOD", label: "Good", hint: "I recalled it" },
  { grade: "EASY", label: "Easy", hint: "I knew it at once" },
];

/** Again / Hard / Good / Easy: sends the answer once and says when the topic comes back. */
export function ReviewButtons({ slug, reviewedToday, dueOn }: { slug: string; reviewedToday: ReviewGrade | null; dueOn: string }) {
  const [result, setResult] = useState<{ grade: ReviewGrade; dueOn: string } | null>(reviewedToday ? { grade: reviewedToday, dueOn } : null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function answer(grade: ReviewGrade) {
    setPending(true);
    setError(null);
    try {
      const saved = await sendJson<ReviewResultDto>("POST", `/api/me/reviews/${encodeURIComponent(slug)}`, { grade });
      setResult({ grade: saved.grade, dueOn: saved.dueOn });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not save your answer.");
    } finally {
      setPending(false);
    }
  }

  if (result) {
    const label = GRADES.find((g) => g.grade === result.grade)?.label ?? result.grade;
    return (
      <p role="status" className="text-slate-800 dark:text-slate-200">
        Reviewed today ({label}). Next review on <strong data-testid="next-review">{result.dueOn}</strong>.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-slate-700 dark:text-slate-300">How well did you remember it?</p>
      <div className="flex flex-wrap gap-2" role="group" aria-label="Your answer">
        {GRADES.map(({ grade, label, hint }) => (
          <Button key={grade} variant={grade === "GOOD" ? "primary" : "secondary"} disabled={pending} onClick={() => answer(grade)} title={hint}>
            {label}
          </Button>
        ))}
      </div>
      {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
