import { describe, expect, it } from 'vitest';
import { nextMonday0800Shanghai } from '../../infra/local/jobs.ts';

describe('the local digest schedule', () => {
  it('is the next Monday 08:00 in Asia/Shanghai (00:00 UTC)', () => {
    // Saturday 2026-11-21 20:00 UTC (Sunday 04:00 in Shanghai) → Monday 2026-11-23 08:00 Shanghai.
    expect(nextMonday0800Shanghai(new Date('2026-11-21T20:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    // Exactly at the time → a week later; a minute before → today.
    expect(nextMonday0800Shanghai(new Date('2026-11-23T00:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(nextMonday0800Shanghai(new Date('2026-11-22T23:59:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });
});
