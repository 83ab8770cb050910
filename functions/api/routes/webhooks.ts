import { createRoute, z } from '@hono/zod-openapi';
import { CreateWebhook, Delivery, Webhook } from '#shared/domain/webhooks/schema.ts';
import { createWebhook, deactivateWebhook, getWebhook, listDeliveries, listWebhooks } from '#shared/domain/webhooks/service.ts';
import { newRouter } from '../router.ts';
import { body, errorResponses, IdempotencyHeader, json, pageOf, PageQuery, writeErrorResponses } from '../http.ts';

const tags = ['Webhooks（管理员）'];
const Params = z.object({ webhookId: z.string().min(1).max(64) });

export const webhooks = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/webhooks', tags, summary: '登记接收地址与事件类型；密钥只在此返回一次（用于验证签名）',
    request: { headers: IdempotencyHeader, body: body(CreateWebhook) },
    responses: { 201: json(Webhook.extend({ secret: z.string().openapi({ description: 'HMAC 签名密钥（只显示一次）' }) }).openapi('WebhookWithSecret'), '已登记'), ...writeErrorResponses },
  }), async (c) => c.json(await createWebhook(c.get('principal'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/webhooks', tags, summary: 'Webhook 列表',
    request: { query: PageQuery },
    responses: { 200: json(pageOf(Webhook, 'WebhookPage'), '一页'), ...errorResponses },
  }), async (c) => c.json(await listWebhooks(c.get('principal'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/webhooks/{webhookId}', tags, summary: 'Webhook 详情',
    request: { params: Params },
    responses: { 200: json(Webhook, 'Webhook'), ...errorResponses },
  }), async (c) => c.json(await getWebhook(c.get('principal'), c.req.valid('param').webhookId), 200))
  .openapi(createRoute({
    method: 'delete', path: '/webhooks/{webhookId}', tags, summary: '停用（投递记录保留）',
    request: { params: Params },
    responses: { 204: { description: '已停用' }, ...writeErrorResponses },
  }), async (c) => {
    await deactivateWebhook(c.get('principal'), c.req.valid('param').webhookId);
    return c.body(null, 204);
  })
  .openapi(createRoute({
    method: 'get', path: '/webhooks/{webhookId}/deliveries', tags, summary: '投递记录（每次尝试的时间、状态、耗时）',
    request: { params: Params, query: PageQuery },
    responses: { 200: json(pageOf(Delivery, 'DeliveryPage'), '一页投递记录'), ...errorResponses },
  }), async (c) => c.json(await listDeliveries(c.get('principal'), c.req.valid('param').webhookId, c.req.valid('query')), 200));
