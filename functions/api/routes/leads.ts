import { createRoute, z } from '@hono/zod-openapi';
import { Activity, ChangeStage, CreateLead, Lead, ListLeadsQuery, RecordActivity, UpdateLead } from '#shared/domain/leads/schema.ts';
import { changeStage, createLead, deleteLead, getLead, listActivities, listLeads, recordActivity, updateLead } from '#shared/domain/leads/service.ts';
import { newRouter } from '../router.ts';
import { body, errorResponses, etag, IdempotencyHeader, IfMatchHeader, ifMatch, json, pageOf, PageQuery, writeErrorResponses } from '../http.ts';

const tags = ['招商线索 Leads'];
const LeadParams = z.object({ leadId: z.string().min(1).max(64) });

export const leads = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/leads', tags, summary: '登记线索（同一开发区内同一信用代码只能有一条）',
    request: { body: body(CreateLead), headers: IdempotencyHeader },
    responses: { 201: json(Lead, '已创建'), ...writeErrorResponses },
  }), async (c) => {
    const lead = await createLead(c.get('principal'), c.req.valid('json'));
    return c.json(lead, 201, { etag: etag(lead.version), location: `/leads/${lead.id}` });
  })
  .openapi(createRoute({
    method: 'get', path: '/leads', tags, summary: '线索列表（按园区、阶段、跟进人、产业链、渠道、跟进日期筛选；游标分页）',
    request: { query: ListLeadsQuery },
    responses: { 200: json(pageOf(Lead, 'LeadPage'), '一页线索'), ...errorResponses },
  }), async (c) => c.json(await listLeads(c.get('principal'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/leads/{leadId}', tags, summary: '线索详情',
    request: { params: LeadParams },
    responses: { 200: json(Lead, '线索'), ...errorResponses },
  }), async (c) => {
    const lead = await getLead(c.get('principal'), c.req.valid('param').leadId);
    return c.json(lead, 200, { etag: etag(lead.version) });
  })
  .openapi(createRoute({
    method: 'patch', path: '/leads/{leadId}', tags, summary: '修改线索（需 If-Match；阶段请用 /stage）',
    request: { params: LeadParams, headers: IfMatchHeader, body: body(UpdateLead) },
    responses: { 200: json(Lead, '已修改'), ...writeErrorResponses },
  }), async (c) => {
    const lead = await updateLead(c.get('principal'), c.req.valid('param').leadId, c.req.valid('json'), ifMatch(c, true));
    return c.json(lead, 200, { etag: etag(lead.version) });
  })
  .openapi(createRoute({
    method: 'delete', path: '/leads/{leadId}', tags, summary: '删除线索（软删除，保留跟进记录；需 If-Match）',
    request: { params: LeadParams, headers: IfMatchHeader },
    responses: { 204: { description: '已删除' }, ...writeErrorResponses },
  }), async (c) => {
    await deleteLead(c.get('principal'), c.req.valid('param').leadId, ifMatch(c, true));
    return c.body(null, 204);
  })
  .openapi(createRoute({
    method: 'post', path: '/leads/{leadId}/stage', tags, summary: '变更阶段（按阶段流转表校验；流失须填原因）',
    request: { params: LeadParams, headers: IfMatchHeader.merge(IdempotencyHeader), body: body(ChangeStage) },
    responses: { 200: json(Lead, '已变更'), ...writeErrorResponses },
  }), async (c) => {
    const lead = await changeStage(c.get('principal'), c.req.valid('param').leadId, c.req.valid('json'), ifMatch(c, false));
    return c.json(lead, 200, { etag: etag(lead.version) });
  })
  .openapi(createRoute({
    method: 'post', path: '/leads/{leadId}/activities', tags, summary: '记录跟进（电话、拜访、洽谈、踏勘、备注）',
    request: { params: LeadParams, headers: IdempotencyHeader, body: body(RecordActivity) },
    responses: { 201: json(Activity, '已记录'), ...writeErrorResponses },
  }), async (c) => c.json(await recordActivity(c.get('principal'), c.req.valid('param').leadId, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/leads/{leadId}/activities', tags, summary: '跟进时间线（新→旧）',
    request: { params: LeadParams, query: PageQuery },
    responses: { 200: json(pageOf(Activity, 'ActivityPage'), '一页跟进记录'), ...errorResponses },
  }), async (c) => c.json(await listActivities(c.get('principal'), c.req.valid('param').leadId, c.req.valid('query')), 200));
