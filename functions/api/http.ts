import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Principal } from '#shared/auth/principal.ts';
import { DomainError } from '#shared/errors.ts';

/** What every route can read from the context once the auth middleware has run. */
export type Env = { Variables: { principal: Principal } };

export const etag = (version: number) => `"${version}"`;

/** Parse `If-Match: "3"` (or W/"3", or 3). Required → 428 when missing. */
export function ifMatch(c: Context, required: true): number;
export function ifMatch(c: Context, required: false): number | undefined;
export function ifMatch(c: Context, required: boolean): number | undefined {
  const raw = c.req.header('if-match');
  if (raw === undefined) {
    if (!required) return undefined;
    throw new DomainError('request.precondition_required', '修改前请携带 If-Match 请求头（取自 ETag）', [
      { field: 'If-Match', message: '缺少 If-Match 请求头', code: 'required' },
    ]);
  }
  const m = raw.trim().match(/^(?:W\/)?"?(\d+)"?$/);
  if (!m) {
    throw new DomainError('request.invalid', 'If-Match 格式不正确', [
      { field: 'If-Match', message: '应为 ETag，如 "3"', code: 'invalid' },
    ]);
  }
  return Number(m[1]);
}

export const IfMatchHeader = z.object({
  'if-match': z.string().optional().openapi({ description: '乐观并发控制：上次读取时的 ETag，如 "3"' }),
});
export const IdempotencyHeader = z.object({
  'idempotency-key': z.string().optional().openapi({ description: '幂等键：相同键与相同请求体返回首次结果；相同键不同请求体返回 422' }),
});

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string().openapi({ description: '稳定的错误码，如 lead.duplicate_firm' }),
  errors: z.array(z.object({ field: z.string(), message: z.string(), code: z.string().optional() })),
  instance: z.string().optional(),
}).passthrough().openapi('Problem');

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/** The error responses every protected route may give, for the docs. */
export const errorResponses = {
  400: problem('请求参数有误（errors 列出字段）'),
  401: problem('未登录或令牌无效'),
  403: problem('角色无权执行此操作'),
  404: problem('不存在或不在本人管辖范围'),
};
export const writeErrorResponses = {
  ...errorResponses,
  409: problem('冲突：重复企业、非法阶段变更等'),
  412: problem('If-Match 与当前版本不符'),
  422: problem('幂等键已用于不同的请求'),
  428: problem('缺少 If-Match'),
};

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);

export const PageQuery = z.object({
  cursor: z.string().optional().openapi({ description: '上一页返回的 nextCursor' }),
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: '每页条数（1–100）' }),
});

export const IdParam = (name: string) => z.object({ [name]: z.string().min(1).max(64) });
