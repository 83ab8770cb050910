import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import type { PublishedEvent } from '#shared/events.ts';
import { dispatch } from '#shared/domain/webhooks/service.ts';

/**
 * Target of the EventBridge rule for webhook events: one delivery attempt per webhook per
 * invocation; a failure throws, and EventBridge retries with backoff (the delivery log keeps
 * every attempt).
 */
const Envelope = z.object({ detail: z.object({ id: z.string(), type: z.string(), at: z.string() }).passthrough() });

export const handler = middy<unknown, void, Error, Context>()
  .handler(async (event) => {
    const { detail } = Envelope.parse(event);
    await dispatch(detail as PublishedEvent, 'lambda');
  });
