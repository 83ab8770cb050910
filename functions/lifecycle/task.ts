import middy, { type MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { subscribe } from '#shared/events.ts';
import { busConfigured, toBus } from '#shared/notify/bus.ts';
import { logger } from '#shared/observability/logger.ts';

// Events the tasks publish (a lead reassigned, a milestone overdue) go onto the CRM's bus too.
if (busConfigured()) subscribe(toBus);

/** Logs the failure of a Task with its business key; the error still propagates (Retry/Catch decide). */
const logFailure = (state: string): MiddlewareObj<unknown> => ({
  onError: async (request) => {
    const leadId = (request.event as { leadId?: unknown } | null)?.leadId;
    logger.warn('lifecycle task error', { state, leadId, error: request.error });
  },
});

/**
 * A Step Functions Task handler: middlewares first, the domain function last. The domain
 * function parses its own input (zod) and gets ids, never records.
 */
export const taskHandler = <R>(state: string, run: (event: unknown) => Promise<R>) =>
  middy<unknown, R, Error, Context>()
    .use(logFailure(state))
    .handler(async (event) => run(event));
