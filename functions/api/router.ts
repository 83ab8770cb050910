import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DomainError } from '#shared/errors.ts';
import type { Env } from './http.ts';
import { fieldErrors } from './problem.ts';

// Validation messages meant for people are Simplified Chinese.
z.config(z.locales.zhCN());

/** Validation failures from route schemas become the same problem+json as domain ones. */
export const validationHook = (result: { success: boolean; error?: unknown }) => {
  if (!result.success && result.error instanceof z.ZodError) {
    throw new DomainError('request.invalid', '请求参数有误', fieldErrors(result.error));
  }
};

/** One small Hono app per resource; all share the validation hook. */
export const newRouter = () => new OpenAPIHono<Env>({ defaultHook: validationHook });
