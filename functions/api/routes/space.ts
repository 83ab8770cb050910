import { createRoute, z } from '@hono/zod-openapi';
import { AddUnits, Building, ChangeUnitStatus, CreateBuilding, Unit, UnitStatus, UpdateUnit } from '#shared/domain/space/schema.ts';
import { addUnits, changeUnitStatus, createBuilding, getBuilding, getUnit, listBuildings, listUnits, updateUnit } from '#shared/domain/space/service.ts';
import { newRouter } from '../router.ts';
import { body, errorResponses, etag, IdempotencyHeader, IfMatchHeader, ifMatch, json, pageOf, PageQuery, writeErrorResponses } from '../http.ts';

const tags = ['标准厂房 Space'];
const id = z.string().min(1).max(64);
const ParkParams = z.object({ parkId: id });
const BuildingParams = ParkParams.extend({ buildingId: id });
const UnitParams = BuildingParams.extend({ unitId: id });

export const space = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/parks/{parkId}/buildings', tags, summary: '新建楼栋，可同时批量创建单元（一个事务）',
    request: { params: ParkParams, headers: IdempotencyHeader, body: body(CreateBuilding) },
    responses: { 201: json(z.object({ building: Building, units: z.array(Unit) }).openapi('BuildingWithUnits'), '已创建'), ...writeErrorResponses },
  }), async (c) => {
    const { parkId } = c.req.valid('param');
    const out = await createBuilding(c.get('principal'), parkId, c.req.valid('json'));
    return c.json(out, 201, { location: `/parks/${parkId}/buildings/${out.building.id}` });
  })
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}/buildings', tags, summary: '园区楼栋列表（含分状态面积）',
    request: { params: ParkParams, query: PageQuery },
    responses: { 200: json(pageOf(Building, 'BuildingPage'), '一页楼栋'), ...errorResponses },
  }), async (c) => c.json(await listBuildings(c.get('principal'), c.req.valid('param').parkId, c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}/buildings/{buildingId}', tags, summary: '楼栋详情',
    request: { params: BuildingParams },
    responses: { 200: json(Building, '楼栋'), ...errorResponses },
  }), async (c) => {
    const { parkId, buildingId } = c.req.valid('param');
    return c.json(await getBuilding(c.get('principal'), parkId, buildingId), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/parks/{parkId}/buildings/{buildingId}/units', tags, summary: '为楼栋批量添加单元',
    request: { params: BuildingParams, headers: IdempotencyHeader, body: body(AddUnits) },
    responses: { 201: json(z.object({ units: z.array(Unit) }), '已创建'), ...writeErrorResponses },
  }), async (c) => {
    const { parkId, buildingId } = c.req.valid('param');
    return c.json({ units: await addUnits(c.get('principal'), parkId, buildingId, c.req.valid('json')) }, 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}/buildings/{buildingId}/units', tags, summary: '楼栋单元列表',
    request: { params: BuildingParams, query: PageQuery.extend({ status: UnitStatus.optional() }) },
    responses: { 200: json(pageOf(Unit, 'UnitPage'), '一页单元'), ...errorResponses },
  }), async (c) => {
    const { parkId, buildingId } = c.req.valid('param');
    return c.json(await listUnits(c.get('principal'), parkId, buildingId, c.req.valid('query')), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/parks/{parkId}/buildings/{buildingId}/units/{unitId}', tags, summary: '单元详情',
    request: { params: UnitParams },
    responses: { 200: json(Unit, '单元'), ...errorResponses },
  }), async (c) => {
    const { parkId, buildingId, unitId } = c.req.valid('param');
    const unit = await getUnit(c.get('principal'), parkId, buildingId, unitId);
    return c.json(unit, 200, { etag: etag(unit.version) });
  })
  .openapi(createRoute({
    method: 'patch', path: '/parks/{parkId}/buildings/{buildingId}/units/{unitId}', tags, summary: '修改单元名称/楼层/面积（需 If-Match）',
    request: { params: UnitParams, headers: IfMatchHeader, body: body(UpdateUnit) },
    responses: { 200: json(Unit, '已修改'), ...writeErrorResponses },
  }), async (c) => {
    const { parkId, buildingId, unitId } = c.req.valid('param');
    const unit = await updateUnit(c.get('principal'), parkId, buildingId, unitId, c.req.valid('json'), ifMatch(c, true));
    return c.json(unit, 200, { etag: etag(unit.version) });
  })
  .openapi(createRoute({
    method: 'post', path: '/parks/{parkId}/buildings/{buildingId}/units/{unitId}/status', tags,
    summary: '变更单元状态（可招商→预留→签约→入驻；退出市场）',
    request: { params: UnitParams, headers: IfMatchHeader.merge(IdempotencyHeader), body: body(ChangeUnitStatus) },
    responses: { 200: json(Unit, '已变更'), ...writeErrorResponses },
  }), async (c) => {
    const { parkId, buildingId, unitId } = c.req.valid('param');
    const unit = await changeUnitStatus(c.get('principal'), parkId, buildingId, unitId, c.req.valid('json'), ifMatch(c, false));
    return c.json(unit, 200, { etag: etag(unit.version) });
  });
