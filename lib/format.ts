// Dates and counts formatted without Intl, for client components that render
// on page load. The first use of Intl (a DateTimeFormat, toLocaleString,
// toLocaleDateString) in a page builds ICU's locale data: 25–60 ms of main
// thread on this machine, 100–400 ms at Lighthouse's 4× slower mobile CPU,
// paid again on every page load. The outputs are exactly what Intl gives for
// these fixed English formats (tests/unit/format.test.ts compares them day by
// day), so server and browser still agree.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
// British English abbreviates September to four letters ("Sept") since CLDR 38.
const MONTHS_GB = MONTHS.map((month) => (month === "Sep" ? "Sept" : month));
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** A calendar date (YYYY-MM-DD) read at UTC midnight, so no time zone shifts it. */
export const utcMidnight = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Dec 10, 2026" (en, month short): a calendar date, the same in every time zone. */
export function formatDay(day: string): string {
  const date = utcMidnight(day);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** "Thu 3 Sept" (en-GB weekday, day, month): a calendar date in the heatmap's words. */
export function formatWeekday(day: string): string {
  const date = utcMidnight(day);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS_GB[date.getUTCMonth()]}`;
}

/** "Sept" (en-GB month short) for a calendar date. */
export function formatMonth(day: string): string {
  return MONTHS_GB[utcMidnight(day).getUTCMonth()]!;
}

/** "12,345" (en): an integer with thousands separators. */
export function formatCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
