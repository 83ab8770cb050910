import { createRoute } from '@hono/zod-openapi';
import { Lead } from '#shared/domain/leads/schema.ts';
import { ListEscalationsQuery, listMyEscalations } from '#shared/domain/lifecycle/service.ts';
import { newRouter } from '../router.ts';
import { errorResponses, json, pageOf } from '../http.ts';

const tags = ['跟进流程 Lifecycle'];

export const lifecycle = newRouter()
  .openapi(createRoute({
    method: 'get', path: '/me/escalations', tags,
    summary: '上报给我的线索（跟进逾期、由流程上报园区负责人并列入调度；最早上报的在前）',
    request: { query: ListEscalationsQuery },
    responses: { 200: json(pageOf(Lead, 'EscalatedLeadPage'), '一页线索（含 workflow 流程状态）'), ...errorResponses },
  }), async (c) => c.json(await listMyEscalations(c.get('principal'), c.req.valid('query')), 200));
