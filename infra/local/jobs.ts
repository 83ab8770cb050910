import { subscribe } from '../../shared/events.ts';
import { logger } from '../../shared/observability/logger.ts';

/**
 * What EventBridge does on AWS, done in-process on one machine:
 * - webhooks: every domain event is dispatched (signed, retried with backoff; pending retries
 *   are picked up again after a restart);
 * - the weekly digest: Monday 08:00 Asia/Shanghai, on the same schedule as the Scheduler rule
 *   (and on demand: `POST /digests/run`).
 */
export async function startLocalJobs(): Promise<{ stop: () => Promise<void>; nextDigest: Date; resumedDeliveries: number }> {
  const webhooks = await import('../../shared/domain/webhooks/service.ts');
  const { runDigest } = await import('../../shared/domain/digest/service.ts');
  const unsubscribe = subscribe((event) => {
    void webhooks.dispatch(event).catch((error: unknown) => logger.error('webhook dispatch failed', { event: event.type, error }));
  });
  const resumedDeliveries = await webhooks.resumePendingDeliveries();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): Date => {
    const at = nextMonday0800Shanghai(new Date());
    // setTimeout cannot wait longer than ~24.8 days; a week is fine.
    timer = setTimeout(() => {
      void runDigest().catch((error: unknown) => logger.error('weekly digest failed', { error })).finally(schedule);
    }, at.getTime() - Date.now());
    return at;
  };
  const nextDigest = schedule();
  return {
    nextDigest,
    resumedDeliveries,
    stop: async () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      webhooks.stopDeliveries();
    },
  };
}

/** The next Monday 08:00 in Asia/Shanghai (UTC+8, no DST) = Monday 00:00 UTC. */
export function nextMonday0800Shanghai(now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const daysAhead = (8 - d.getUTCDay()) % 7; // 1 = Monday
  d.setUTCDate(d.getUTCDate() + daysAhead);
  if (d.getTime() <= now.getTime()) d.setUTCDate(d.getUTCDate() + 7);
  return d;
}
