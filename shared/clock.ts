/** One clock for the domain, so tests and the lifecycle runner can move time. */
let offsetMs = 0;

export const clock = {
  now: (): Date => new Date(Date.now() + offsetMs),
  nowIso: (): string => new Date(Date.now() + offsetMs).toISOString(),
  /** Test/runner hook: shift the clock forward by ms. */
  advance(ms: number) { offsetMs += ms; },
  reset() { offsetMs = 0; },
};

/** Today's business date (Asia/Shanghai, UTC+8, no DST) as YYYY-MM-DD. */
export const shanghaiDate = (at: Date = clock.now()): string =>
  new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
