import { createRoute, z } from '@hono/zod-openapi';
import { previewDigest, PreviewQuery, RunQuery, runDigestNow } from '#shared/domain/digest/service.ts';
import { newRouter } from '../router.ts';
import { errorResponses, json, writeErrorResponses } from '../http.ts';

const tags = ['每周简报 Digest'];

export const digests = newRouter()
  .openapi(createRoute({
    method: 'get', path: '/digests/preview', tags, summary: '预览某人某周的简报（本人或管辖范围内的人）；format=html 直接返回邮件页面',
    request: { query: PreviewQuery },
    responses: {
      200: {
        description: '简报',
        content: {
          'application/json': { schema: z.object({ format: z.string(), digest: z.unknown(), html: z.string().nullable(), text: z.string().nullable(), markdown: z.string().nullable() }).openapi('DigestPreview') },
          'text/html': { schema: z.string() },
        },
      },
      ...errorResponses,
    },
  }), async (c) => {
    const out = await previewDigest(c.get('principal'), c.req.valid('query'));
    if (out.format === 'json') return c.json(out, 200);
    const body = out[out.format] ?? '本周没有需要发送的内容';
    const type = out.format === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
    return c.body(body, 200, { 'content-type': type }) as unknown as ReturnType<typeof c.json<typeof out, 200>>;
  })
  .openapi(createRoute({
    method: 'post', path: '/digests/run', tags, summary: '立即运行某周的简报任务（全局管理员）；每人每周只发一次，重复运行不会重发',
    request: { query: RunQuery },
    responses: {
      200: json(z.object({ week: z.string(), recipients: z.number(), sent: z.number(), alreadySent: z.number(), empty: z.number(), failed: z.number(), robots: z.number() }).openapi('DigestRun'), '运行结果'),
      ...writeErrorResponses,
    },
  }), async (c) => c.json(await runDigestNow(c.get('principal'), c.req.valid('query')), 200));
