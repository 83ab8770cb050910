/** One clock for the domain, so tests and the lifecycle runner can move time. */
let offsetMs = 0;

export const clock = {
  now: (): Date => new Date(Date.now() + offsetMs),
  nowIso: (): string => new Date(Date.now() + offsetMs).toISOString(),
  /** Test/runner hook: shift the clock forward by ms. */
  advance(ms: number) { offsetMs += ms; },
  reset() { offsetMs = 0; },
  /** Test/runner hook: make "now" this instant (time keeps running from there). */
  set(iso: string) { offsetMs = Date.parse(iso) - Date.now(); },
};

/** Today's business date (Asia/Shanghai, UTC+8, no DST) as YYYY-MM-DD. */
export const shanghaiDate = (at: Date = clock.now()): string =>
  new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** ISO week of a business date (YYYY-MM-DD) as `2026-W47`. */
export function isoWeekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Sunday that ends an ISO week (`2026-W47` → `2026-11-22`). */
export function isoWeekEnd(week: string): string {
  const [y, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400_000 + (w - 1) * 7 * 86400_000);
  return new Date(monday.getTime() + 6 * 86400_000).toISOString().slice(0, 10);
}

/** Business date n days after (negative: before) a date. */
export const addDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
