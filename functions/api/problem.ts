import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError, type core } from 'zod';
import { DomainError, type FieldError } from '#shared/errors.ts';
import { logger } from '#shared/observability/logger.ts';

const titles: Record<number, string> = {
  400: '请求参数有误', 401: '未登录', 403: '无权操作', 404: '未找到', 409: '冲突', 412: '版本不符',
  422: '无法处理', 428: '需要前置条件', 429: '请求过于频繁', 500: '服务器内部错误',
};

/** zod issues → field errors; an unknown field is named by its own path. */
export function fieldErrors(error: ZodError, prefix = ''): FieldError[] {
  return error.issues.flatMap((issue: core.$ZodIssue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ field: [path, k].filter(Boolean).join('.'), message: '不支持的字段', code: 'unknown_field' }));
    }
    const reason = issue.code === 'custom' && issue.params?.['reason'] ? String(issue.params['reason']) : issue.code;
    return [{ field: path || '(body)', message: issue.message, code: reason }];
  });
}

export function problemResponse(c: Context, status: number, code: string, detail: string, errors: FieldError[], extra: Record<string, unknown> = {}) {
  return c.newResponse(JSON.stringify({
    type: `https://park-crm.dev/problems/${code}`,
    title: titles[status] ?? '错误',
    status,
    detail,
    code,
    errors,
    instance: c.req.path,
    ...extra,
  }), status as 400, { 'content-type': 'application/problem+json; charset=utf-8' });
}

/** The one place errors become HTTP responses. Unknown errors are logged, never echoed. */
export function onError(err: Error, c: Context) {
  if (err instanceof DomainError) return problemResponse(c, err.status, err.code, err.detail, err.errors, err.extra);
  if (err instanceof ZodError) return problemResponse(c, 400, 'request.invalid', '请求参数有误', fieldErrors(err));
  if (err instanceof HTTPException && err.status < 500) {
    return problemResponse(c, err.status, 'request.invalid', '请求体不是有效的 JSON', [
      { field: '(body)', message: '请求体不是有效的 JSON', code: 'malformed' },
    ]);
  }
  logger.error('unhandled error', { error: err, path: c.req.path, method: c.req.method });
  return problemResponse(c, 500, 'server.error', '服务暂时不可用，请稍后重试', []);
}
