// Calendar arithmetic for the heatmap and streaks. Dates are "YYYY-MM-DD"
// strings in the learner's time zone; arithmetic happens at UTC noon-free
// midnight so daylight-saving changes cannot skip or repeat a day.

export const HEATMAP_WEEKS = 26;
const DAY_MS = 86_400_000;

// Building a formatter costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `instant` in `timeZone`, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * YYYY-MM-DD of the day `days` after 1970-01-01, by integer arithmetic
 * (Hinnant's civil_from_days): the heatmap formats 182 days per request, and
 * Date objects are slow under Next's instrumented Date.
 */
function dayToDate(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad(month)}-${pad(day)}`;
}

const dateToDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return dayToDate(dateToDay(date) + days);
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Streaks over the days with study activity. The current streak ends today,
 * or yesterday when today has no activity yet (the day is not over).
 */
export function computeStreaks(activeDays: readonly string[], today: string): { current: number; longest: number } {
  const days = [...new Set(activeDays)].sort();
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && addDays(days[i - 1]!, 1) === days[i] ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const active = new Set(days);
  let cursor = active.has(today) ? today : addDays(today, -1);
  let current = 0;
  while (active.has(cursor)) {
    current++;
    cursor = addDays(cursor, -1);
  }
  return { current, longest };
}

/** One entry per day of the last `weeks` weeks, oldest first, ending today (zero-count days included). */
export function activityWindow(counts: ReadonlyMap<string, number>, today: string, weeks = HEATMAP_WEEKS) {
  const days = weeks * 7;
  const first = dateToDay(today) - (days - 1);
  return Array.from({ length: days }, (_, i) => {
    const date = dayToDate(first + i);
    return { date, count: counts.get(date) ?? 0 };
  });
}
