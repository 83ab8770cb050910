import { createRoute, z } from '@hono/zod-openapi';
import { CreatePark, Park, UpdatePark } from '#shared/domain/parks/schema.ts';
import { createPark, deletePark, getPark, listParks, parkStats, updatePark } from '#shared/domain/parks/service.ts';
import { periodStats, takeUp, TakeUpQuery } from '#shared/domain/parks/metrics.ts';
import { newRouter } from '../router.ts';
import { body, errorResponses, etag, IdempotencyHeader, IfMatchHeader, ifMatch, json, pageOf, PageQuery, writeErrorResponses } from '../http.ts';

const tags = ['园区 Parks'];
const ParkParams = z.object({ parkId: z.string().min(1).max(64) });
const ParkPage = pageOf(Park, 'ParkPage');

const TakeUpFigures = z.object({ takenM2: z.number(), marketableM2: z.number(), takeUpRate: z.number().nullable() });

const Counters = z.object({
  parkId: z.string(),
  leads: z.object({ total: z.number(), byStage: z.record(z.string(), z.number()) }),
  projects: z.object({ count: z.number(), signedInvestment: z.number(), signedFixedAssetInvestment: z.number(), signedLandMu: z.number() }),
  space: z.object({
    buildings: z.number(),
    units: z.record(z.string(), z.number()),
    areaM2: z.record(z.string(), z.number()),
    marketableM2: z.number(),
    takeUpRate: z.number().nullable().openapi({ description: '去化率 %（已签约+已入驻）÷ 可招商总面积' }),
  }),
}).openapi('ParkCounters');

export const parks = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/parks', tags, summary: '新建园区节点（开发区/园区/园中园）',
    request: { body: body(CreatePark), headers: IdempotencyHeader },
    responses: { 201: json(Park, '已创建'), ...writeErrorResponses },
  }), async (c) => {
    const park = await createPark(c.get('principal'), c.req.valid('json'));
    return c.json(park, 201, { etag: etag(park.version), location: `/parks/${park.id}` });
  })
  .openapi(createRoute({
    method: 'get', path: '/parks', tags, summary: '列出下级节点（不带 parentId 时为本人可见的顶层）',
    request: { query: PageQuery.extend({ parentId: z.string().optional() }) },
    responses: { 200: json(ParkPage, '一页园区'), ...errorResponses },
  }), async (c) => c.json(await listParks(c.get('principal'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}', tags, summary: '园区详情',
    request: { params: ParkParams },
    responses: { 200: json(Park, '园区'), ...errorResponses },
  }), async (c) => {
    const park = await getPark(c.get('principal'), c.req.valid('param').parkId);
    return c.json(park, 200, { etag: etag(park.version) });
  })
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}/children', tags, summary: '下级节点',
    request: { params: ParkParams, query: PageQuery },
    responses: { 200: json(ParkPage, '一页园区'), ...errorResponses },
  }), async (c) => c.json(await listParks(c.get('principal'), { ...c.req.valid('query'), parentId: c.req.valid('param').parkId }), 200))
  .openapi(createRoute({
    method: 'patch', path: '/parks/{parkId}', tags, summary: '修改园区（需 If-Match）',
    request: { params: ParkParams, headers: IfMatchHeader, body: body(UpdatePark) },
    responses: { 200: json(Park, '已修改'), ...writeErrorResponses },
  }), async (c) => {
    const park = await updatePark(c.get('principal'), c.req.valid('param').parkId, c.req.valid('json'), ifMatch(c, true));
    return c.json(park, 200, { etag: etag(park.version) });
  })
  .openapi(createRoute({
    method: 'delete', path: '/parks/{parkId}', tags, summary: '删除空园区（无下级、无线索、无厂房；需 If-Match）',
    request: { params: ParkParams, headers: IfMatchHeader },
    responses: { 204: { description: '已删除' }, ...writeErrorResponses },
  }), async (c) => {
    await deletePark(c.get('principal'), c.req.valid('param').parkId, ifMatch(c, true));
    return c.body(null, 204);
  })
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}/stats', tags, summary: '园区计数：线索分阶段、厂房分状态面积与去化率（本级与下辖汇总）',
    request: { params: ParkParams },
    responses: {
      200: json(z.object({
        park: z.object({ id: z.string(), name: z.string(), level: z.string() }),
        own: Counters, subtree: Counters, parks: z.number(),
      }).openapi('ParkStats'), '计数'),
      ...errorResponses,
    },
  }), async (c) => c.json(await parkStats(c.get('principal'), c.req.valid('param').parkId), 200))
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}/take-up', tags, summary: '去化率：当前、下辖各园区、近 N 周走势（按面积加权）',
    request: { params: ParkParams, query: TakeUpQuery },
    responses: {
      200: json(z.object({
        park: z.object({ id: z.string(), name: z.string(), level: z.string() }),
        current: TakeUpFigures,
        parks: z.array(TakeUpFigures.extend({ id: z.string(), name: z.string(), level: z.string(), parentId: z.string().nullable() })),
        history: z.array(TakeUpFigures.extend({ week: z.string(), weekEnd: z.string() })),
      }).openapi('TakeUp'), '去化率'),
      ...errorResponses,
    },
  }), async (c) => c.json(await takeUp(c.get('principal'), c.req.valid('param').parkId, c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}/periods/{period}', tags,
    summary: '期间统计（月 YYYY-MM / 季 YYYY-Qn / 年 YYYY）：签约投资、项目数、面积，堵点提出/提请调度/解决/关闭数',
    request: { params: ParkParams.extend({ period: z.string().openapi({ description: 'YYYY、YYYY-Qn 或 YYYY-MM' }) }) },
    responses: {
      200: json(z.object({
        park: z.object({ id: z.string(), name: z.string(), level: z.string() }),
        period: z.string(),
        months: z.object({ from: z.string(), to: z.string() }),
        signedInvestment: z.number(), signedFixedAssetInvestment: z.number(), projectsSigned: z.number(),
        signedM2: z.number(), signedLandMu: z.number(),
        blockersRaised: z.number(), blockersEscalated: z.number(), blockersResolved: z.number(), blockersClosed: z.number(),
        annualTarget: z.object({ signedInvestment: z.number(), spaceTakeUpM2: z.number() }).nullable(),
      }).openapi('PeriodStats'), '期间统计'),
      ...errorResponses,
    },
  }), async (c) => {
    const { parkId, period } = c.req.valid('param');
    return c.json(await periodStats(c.get('principal'), parkId, period), 200);
  });
