"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { browserTimeZone, markTimeZoneChosen, saveTimeZone } from "@/components/dashboard/time-zone-client";

/**
 * Lets the learner choose the time zone their study days are counted in.
 * The zone list comes from the server as a prop, so both renders list the
 * same zones whatever the browser's own Intl data.
 */
export function TimeZoneForm({ current, zones }: { current: string; zones: string[] }) {
  const router = useRouter();
  const [value, setValue] = useState(current);
  const mutation = useMutation({
    mutationFn: saveTimeZone,
    onSuccess: () => {
      markTimeZoneChosen();
      // Server components (the dashboard, this page's "current" zone) read the new zone.
      router.refresh();
    },
  });

  const choose = (zone: string) => {
    setValue(zone);
    mutation.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(value);
  };
  // Read the browser only on click: reading it while rendering would differ from the server HTML.
  const pickBrowserZone = () => {
    const detected = browserTimeZone();
    if (detected && zones.includes(detected)) choose(detected);
  };

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="time-zone" className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Time zone
        </label>
        <select
          id="time-zone"
          name="timeZone"
          value={value}
          onChange={(event) => choose(event.target.value)}
          aria-describedby="time-zone-hint"
          className="min-h-10 rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <p id="time-zone-hint" className="text-xs text-slate-600 dark:text-slate-400">
          Streaks and the study-activity heatmap count calendar days in this zone.
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : "Save time zone"}
        </Button>
        <Button variant="secondary" onClick={pickBrowserZone}>
          Use this browser&apos;s time zone
        </Button>
      </div>
      {mutation.isSuccess && <Alert tone="success">Time zone saved: {mutation.data.timeZone}.</Alert>}
      {mutation.isError && <Alert tone="error">Your time zone was not saved. {mutation.error.message}</Alert>}
    </form>
  );
}
