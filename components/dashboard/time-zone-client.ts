// Browser-side helpers shared by the automatic time-zone sync and the
// settings form: one PATCH /api/me call and the "learner chose" marker.
import type { MeDto } from "@/lib/accounts/schema";
import { sendJson } from "@/components/progress/api-client";

// Set once the learner picks a zone in the settings, so the automatic sync
// never overrides a deliberate choice (even a deliberate "UTC").
const CHOSEN_KEY = "waypoint:time-zone-chosen";
// Set once the automatic sync has tried in this tab, so a failure is not retried on every visit.
const SYNCED_KEY = "waypoint:time-zone-synced";

/**
 * Whether the browser's clock is at UTC's offset all year (UTC itself, or a
 * zone such as Atlantic/Reykjavik): its days then start when UTC's do, and
 * there is nothing to adopt. Read from Date, because the first use of Intl
 * in a page costs 25–60 ms of main thread (ICU's data) on every load.
 */
export function runsOnUtcOffset(): boolean {
  const year = new Date().getFullYear();
  return [0, 6].every((month) => new Date(year, month, 1).getTimezoneOffset() === 0);
}

/** The IANA zone the browser runs in, or undefined when it does not say. */
export function browserTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

// Storage can throw (privacy modes, disabled cookies): then we simply do not remember.
function readFlag(storage: () => Storage, key: string) {
  try {
    return storage().getItem(key) === "1";
  } catch {
    return false;
  }
}
function writeFlag(storage: () => Storage, key: string) {
  try {
    storage().setItem(key, "1");
  } catch {
    /* nothing to remember with */
  }
}

export const hasChosenTimeZone = () => readFlag(() => localStorage, CHOSEN_KEY);
export const markTimeZoneChosen = () => writeFlag(() => localStorage, CHOSEN_KEY);
export const hasSyncedTimeZone = () => readFlag(() => sessionStorage, SYNCED_KEY);
export const markTimeZoneSynced = () => writeFlag(() => sessionStorage, SYNCED_KEY);

/** PATCH /api/me with the new zone; throws an Error carrying the server's message. */
export const saveTimeZone = (timeZone: string) => sendJson<MeDto>("PATCH", "/api/me", { timeZone });
