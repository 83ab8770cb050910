/** Small statistics and formatting helpers shared by the bench steps. */

export type Summary = { p50: number; p90: number; p99: number; count: number };

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), count: sorted.length };
}

/** Milliseconds with a precision that suits the size. */
export const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;

/** Run `task(i)` for i in [0, count) with at most `concurrency` in flight. */
export async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

export const intFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
