import { createRoute, z } from '@hono/zod-openapi';
import {
  Attendee, ChangeRoadshowStatus, CreateRoadshow, ListRoadshowsQuery, RegisterAttendee, Roadshow, RoadshowResults, UpdateRoadshow,
} from '#shared/domain/roadshows/schema.ts';
import {
  cadence, changeRoadshowStatus, checkInLink, createRoadshow, getRoadshow, importAttendees, listAttendees, listRoadshows,
  registerAttendee, roadshowResults, updateRoadshow,
} from '#shared/domain/roadshows/service.ts';
import { newRouter } from '../router.ts';
import { body, errorResponses, etag, IdempotencyHeader, IfMatchHeader, ifMatch, json, pageOf, PageQuery, writeErrorResponses } from '../http.ts';

const tags = ['场景招商 Roadshows'];
const RoadshowParams = z.object({ roadshowId: z.string().min(1).max(64) });

export const roadshows = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/roadshows', tags, summary: '策划一场场景招商活动',
    request: { headers: IdempotencyHeader, body: body(CreateRoadshow) },
    responses: { 201: json(Roadshow, '已创建'), ...writeErrorResponses },
  }), async (c) => {
    const r = await createRoadshow(c.get('principal'), c.req.valid('json'));
    return c.json(r, 201, { etag: etag(r.version), location: `/roadshows/${r.id}` });
  })
  .openapi(createRoute({
    method: 'get', path: '/roadshows', tags, summary: '活动列表（园区或开发区，按日期）',
    request: { query: ListRoadshowsQuery },
    responses: { 200: json(pageOf(Roadshow, 'RoadshowPage'), '一页活动'), ...errorResponses },
  }), async (c) => c.json(await listRoadshows(c.get('principal'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/roadshows/cadence', tags, summary: '每月一场一园区：本月各园区已办/筹备场次，及尚无活动的园区',
    request: { query: z.strictObject({ parkId: z.string().optional(), month: z.string().openapi({ description: 'YYYY-MM' }) }) },
    responses: {
      200: json(z.object({
        month: z.string(),
        parks: z.array(z.object({ parkId: z.string(), parkName: z.string(), held: z.number(), planned: z.number(), roadshows: z.array(z.object({ id: z.string(), date: z.string(), title: z.string(), status: z.string() })) })),
        parksWithNone: z.array(z.object({ parkId: z.string(), parkName: z.string() })),
      }).openapi('RoadshowCadence'), '节奏'),
      ...errorResponses,
    },
  }), async (c) => {
    const q = c.req.valid('query');
    return c.json(await cadence(c.get('principal'), q.parkId, q.month), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/roadshows/{roadshowId}', tags, summary: '活动详情',
    request: { params: RoadshowParams },
    responses: { 200: json(Roadshow, '活动'), ...errorResponses },
  }), async (c) => {
    const r = await getRoadshow(c.get('principal'), c.req.valid('param').roadshowId);
    return c.json(r, 200, { etag: etag(r.version) });
  })
  .openapi(createRoute({
    method: 'patch', path: '/roadshows/{roadshowId}', tags, summary: '修改活动（需 If-Match）',
    request: { params: RoadshowParams, headers: IfMatchHeader, body: body(UpdateRoadshow) },
    responses: { 200: json(Roadshow, '已修改'), ...writeErrorResponses },
  }), async (c) => {
    const r = await updateRoadshow(c.get('principal'), c.req.valid('param').roadshowId, c.req.valid('json'), ifMatch(c, true));
    return c.json(r, 200, { etag: etag(r.version) });
  })
  .openapi(createRoute({
    method: 'post', path: '/roadshows/{roadshowId}/status', tags, summary: '标记已举办 / 已结束',
    request: { params: RoadshowParams, headers: IfMatchHeader.merge(IdempotencyHeader), body: body(ChangeRoadshowStatus) },
    responses: { 200: json(Roadshow, '已变更'), ...writeErrorResponses },
  }), async (c) => {
    const r = await changeRoadshowStatus(c.get('principal'), c.req.valid('param').roadshowId, c.req.valid('json'), ifMatch(c, false));
    return c.json(r, 200, { etag: etag(r.version) });
  })
  .openapi(createRoute({
    method: 'post', path: '/roadshows/{roadshowId}/attendees', tags, summary: '登记参会企业（新企业生成线索并归因本场；已有线索记一次跟进）',
    request: { params: RoadshowParams, headers: IdempotencyHeader, body: body(RegisterAttendee) },
    responses: { 201: json(Attendee, '已登记'), ...writeErrorResponses },
  }), async (c) => c.json(await registerAttendee(c.get('principal'), c.req.valid('param').roadshowId, c.req.valid('json'), 'officer'), 201))
  .openapi(createRoute({
    method: 'post', path: '/roadshows/{roadshowId}/attendees/import', tags, summary: '批量导入参会企业（每行单独校验与登记）',
    request: { params: RoadshowParams, headers: IdempotencyHeader, body: body(z.strictObject({ attendees: z.array(z.unknown()).min(1).max(100) })) },
    responses: {
      200: json(z.object({ created: z.number(), results: z.array(z.object({ row: z.number(), ok: z.boolean() }).passthrough()) }).openapi('AttendeeImport'), '逐行结果'),
      ...writeErrorResponses,
    },
  }), async (c) => c.json(await importAttendees(c.get('principal'), c.req.valid('param').roadshowId, c.req.valid('json').attendees), 200))
  .openapi(createRoute({
    method: 'get', path: '/roadshows/{roadshowId}/attendees', tags, summary: '参会企业',
    request: { params: RoadshowParams, query: PageQuery },
    responses: { 200: json(pageOf(Attendee, 'AttendeePage'), '一页参会企业'), ...errorResponses },
  }), async (c) => c.json(await listAttendees(c.get('principal'), c.req.valid('param').roadshowId, c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/roadshows/{roadshowId}/results', tags, summary: '活动成效：新线索、到考察、到洽谈、签约、签约面积与投资（每个项目只归功于一场）',
    request: { params: RoadshowParams },
    responses: { 200: json(RoadshowResults.extend({ roadshow: Roadshow }).openapi('RoadshowResultsView'), '成效'), ...errorResponses },
  }), async (c) => c.json(await roadshowResults(c.get('principal'), c.req.valid('param').roadshowId), 200))
  .openapi(createRoute({
    method: 'get', path: '/roadshows/{roadshowId}/check-in-link', tags, summary: '现场签到链接（签名、限时，生成二维码用）',
    request: { params: RoadshowParams, query: z.strictObject({ validHours: z.coerce.number().int().min(1).max(24 * 30).optional() }) },
    responses: { 200: json(z.object({ url: z.string(), token: z.string(), expiresAt: z.string() }).openapi('CheckInLink'), '链接'), ...writeErrorResponses },
  }), async (c) => c.json(await checkInLink(c.get('principal'), c.req.valid('param').roadshowId, c.req.valid('query').validHours), 200));

