import { z } from 'zod';
import { logger } from '../../shared/observability/logger.ts';
import { assertPortFree } from './dynamodb-local.ts';
import { startSesLocal } from './ses-local.ts';

/**
 * `npm start`'s lifecycle: the SES v2 emulator (reminders and escalations land there; web view
 * at its root, JSON at /store) and the lifecycle runner. Attach before seeding (new leads are
 * registered), `resume()` after it (every active workflow runs, from the table).
 */
export async function startLifecycleLocal(host: string) {
  const port = z.coerce.number().int().min(0).max(65535).default(8005).parse(process.env['SES_PORT']);
  await assertPortFree(port, host, 'SES emulator');
  const ses = await startSesLocal({ host, port });
  process.env['SES_ENDPOINT'] = ses.endpoint;
  const { LifecycleRunner } = await import('./lifecycle-runner.ts');
  const runner = new LifecycleRunner({ deferStarts: true }).attach();
  return {
    mailUrl: ses.endpoint.replace('127.0.0.1', 'localhost'),
    /** Run every active workflow until it waits (bounded), and say how many. */
    async resume(): Promise<number> {
      const n = await runner.resume();
      await runner.settle(60_000).catch((error: unknown) => logger.warn('lifecycle still busy after boot', { error }));
      return n;
    },
    async stop(): Promise<void> {
      await runner.stop();
      await ses.stop();
    },
  };
}
