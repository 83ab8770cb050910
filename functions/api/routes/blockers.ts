import { createRoute, z } from '@hono/zod-openapi';
import { Blocker, ChangeBlockerStatus, ListBlockersQuery, RaiseBlocker, UpdateBlocker } from '#shared/domain/blockers/schema.ts';
import { changeBlockerStatus, getBlocker, listBlockers, raiseBlocker, updateBlocker } from '#shared/domain/blockers/service.ts';
import { newRouter } from '../router.ts';
import { body, errorResponses, etag, IdempotencyHeader, IfMatchHeader, ifMatch, json, pageOf, writeErrorResponses } from '../http.ts';

const tags = ['堵点与调度 Blockers'];
const BlockerParams = z.object({ blockerId: z.string().min(1).max(64) });

export const blockers = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/blockers', tags, summary: '登记堵点/企业诉求（线索或项目）',
    request: { headers: IdempotencyHeader, body: body(RaiseBlocker) },
    responses: { 201: json(Blocker, '已登记'), ...writeErrorResponses },
  }), async (c) => {
    const b = await raiseBlocker(c.get('principal'), c.req.valid('json'));
    return c.json(b, 201, { etag: etag(b.version), location: `/blockers/${b.id}` });
  })
  .openapi(createRoute({
    method: 'get', path: '/blockers', tags, summary: '堵点列表；status=escalated 即调度议程（园区或开发区，最早提请的在前）',
    request: { query: ListBlockersQuery },
    responses: { 200: json(pageOf(Blocker, 'BlockerPage'), '一页堵点'), ...errorResponses },
  }), async (c) => c.json(await listBlockers(c.get('principal'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/blockers/{blockerId}', tags, summary: '堵点详情',
    request: { params: BlockerParams },
    responses: { 200: json(Blocker, '堵点'), ...errorResponses },
  }), async (c) => {
    const b = await getBlocker(c.get('principal'), c.req.valid('param').blockerId);
    return c.json(b, 200, { etag: etag(b.version) });
  })
  .openapi(createRoute({
    method: 'patch', path: '/blockers/{blockerId}', tags, summary: '修改堵点（需 If-Match）',
    request: { params: BlockerParams, headers: IfMatchHeader, body: body(UpdateBlocker) },
    responses: { 200: json(Blocker, '已修改'), ...writeErrorResponses },
  }), async (c) => {
    const b = await updateBlocker(c.get('principal'), c.req.valid('param').blockerId, c.req.valid('json'), ifMatch(c, true));
    return c.json(b, 200, { etag: etag(b.version) });
  })
  .openapi(createRoute({
    method: 'post', path: '/blockers/{blockerId}/status', tags, summary: '提请调度 / 解决（须填写解决情况）/ 关闭',
    request: { params: BlockerParams, headers: IfMatchHeader.merge(IdempotencyHeader), body: body(ChangeBlockerStatus) },
    responses: { 200: json(Blocker, '已变更'), ...writeErrorResponses },
  }), async (c) => {
    const b = await changeBlockerStatus(c.get('principal'), c.req.valid('param').blockerId, c.req.valid('json'), ifMatch(c, false));
    return c.json(b, 200, { etag: etag(b.version) });
  });
