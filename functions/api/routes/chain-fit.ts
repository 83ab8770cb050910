import { createRoute, z } from '@hono/zod-openapi';
import { ChainFit } from '#shared/domain/chainfit/schema.ts';
import { bestParks, chainMap } from '#shared/domain/chainfit/service.ts';
import { newRouter } from '../router.ts';
import { errorResponses, json } from '../http.ts';

const tags = ['产业链匹配 Chain fit'];

export const chainFit = newRouter()
  .openapi(createRoute({
    method: 'get', path: '/leads/{leadId}/fit', tags, summary: '线索与开发区内各园区的产业链匹配度（高在前），含得分构成与中文说明',
    request: { params: z.object({ leadId: z.string().min(1).max(64) }) },
    responses: {
      200: json(z.object({
        leadId: z.string(),
        parks: z.array(ChainFit.extend({ parkId: z.string(), parkName: z.string(), current: z.boolean().openapi({ description: '是否线索当前所在园区' }) })),
      }).openapi('BestParks'), '匹配度'),
      ...errorResponses,
    },
  }), async (c) => c.json(await bestParks(c.get('principal'), c.req.valid('param').leadId), 200))
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}/chain-map', tags, summary: '园区产业链图谱：各环节在园企业、在跟线索、缺环（补链方向）',
    request: { params: z.object({ parkId: z.string().min(1).max(64) }) },
    responses: {
      200: json(z.object({
        park: z.object({ id: z.string(), name: z.string(), level: z.string() }),
        chains: z.array(z.object({
          chainId: z.string(), name: z.string(), gaps: z.array(z.string()),
          segments: z.array(z.object({ segmentId: z.string(), name: z.string(), position: z.string(), tenants: z.number(), activeLeads: z.number(), gap: z.boolean() })),
        })),
      }).openapi('ChainMap'), '图谱'),
      ...errorResponses,
    },
  }), async (c) => c.json(await chainMap(c.get('principal'), c.req.valid('param').parkId), 200));
