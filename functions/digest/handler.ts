import middy from '@middy/core';
import { z } from 'zod';
import { currentWeek, runDigest, Week } from '#shared/domain/digest/service.ts';

/**
 * The weekly digest, started by EventBridge Scheduler every Monday 08:00 Asia/Shanghai (or by
 * hand with `{ "week": "2026-W48" }`). Sending is once per recipient per week, so a retried
 * invocation sends nothing new.
 */
const Input = z.object({ week: Week.optional() }).passthrough();

export const handler = middy()
  .handler(async (event: unknown) => {
    const { week } = Input.parse(event ?? {});
    return runDigest(week ?? currentWeek());
  });
