import { createRoute, z } from '@hono/zod-openapi';
import { Chain, CreateChain, UpdateChain } from '#shared/domain/chains/schema.ts';
import { createChain, getChain, listChains, updateChain } from '#shared/domain/chains/service.ts';
import { newRouter } from '../router.ts';
import { body, errorResponses, etag, IdempotencyHeader, IfMatchHeader, ifMatch, json, pageOf, PageQuery, writeErrorResponses } from '../http.ts';

const tags = ['产业链 Chains'];
const ChainParams = z.object({ chainId: z.string().min(1).max(64) });

export const chains = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/chains', tags, summary: '新建产业链（管理员）',
    request: { body: body(CreateChain), headers: IdempotencyHeader },
    responses: { 201: json(Chain, '已创建'), ...writeErrorResponses },
  }), async (c) => {
    const chain = await createChain(c.get('principal'), c.req.valid('json'));
    return c.json(chain, 201, { etag: etag(chain.version), location: `/chains/${chain.id}` });
  })
  .openapi(createRoute({
    method: 'get', path: '/chains', tags, summary: '产业链列表',
    request: { query: PageQuery },
    responses: { 200: json(pageOf(Chain, 'ChainPage'), '一页产业链'), ...errorResponses },
  }), async (c) => c.json(await listChains(c.get('principal'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/chains/{chainId}', tags, summary: '产业链详情（含有序环节与供需关系）',
    request: { params: ChainParams },
    responses: { 200: json(Chain, '产业链'), ...errorResponses },
  }), async (c) => {
    const chain = await getChain(c.get('principal'), c.req.valid('param').chainId);
    return c.json(chain, 200, { etag: etag(chain.version) });
  })
  .openapi(createRoute({
    method: 'patch', path: '/chains/{chainId}', tags, summary: '修改产业链（管理员，需 If-Match）',
    request: { params: ChainParams, headers: IfMatchHeader, body: body(UpdateChain) },
    responses: { 200: json(Chain, '已修改'), ...writeErrorResponses },
  }), async (c) => {
    const chain = await updateChain(c.get('principal'), c.req.valid('param').chainId, c.req.valid('json'), ifMatch(c, true));
    return c.json(chain, 200, { etag: etag(chain.version) });
  });
