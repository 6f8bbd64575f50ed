"use client";

import { useEffect, useRef } from "react";
import {
  browserTimeZone,
  hasChosenTimeZone,
  hasSyncedTimeZone,
  markTimeZoneSynced,
  runsOnUtcOffset,
  saveTimeZone,
} from "@/components/dashboard/time-zone-client";

// Accounts start on UTC when sign-up could not send the browser's zone.
const DEFAULT_ZONES = new Set(["UTC", "Etc/UTC"]);

/**
 * Adopts the browser's time zone for an account still on the UTC default,
 * once, then calls `onSaved` (the dashboard reloads, so streaks and the
 * heatmap count the learner's own days). Renders nothing.
 */
export function TimeZoneSync({ timeZone, onSaved }: { timeZone: string; onSaved: () => void }) {
  // Strict mode runs effects twice in development; the ref keeps it to one request.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current || !DEFAULT_ZONES.has(timeZone)) return;
    if (hasChosenTimeZone() || hasSyncedTimeZone() || runsOnUtcOffset()) return;
    const detected = browserTimeZone();
    if (!detected || DEFAULT_ZONES.has(detected)) return;
    sent.current = true;
    markTimeZoneSynced();
    saveTimeZone(detected).then(
      () => onSaved(),
      // Not worth interrupting the learner: the zone stays UTC and can be set in the settings.
      (error: unknown) => console.warn("Could not adopt the browser's time zone", error),
    );
  }, [timeZone, onSaved]);

  return null;
}
