import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stageLabels } from '#shared/domain/leads/rules.ts';
import { ListLeadsQuery, sourceLabels, tagLabels, type Lead } from '#shared/domain/leads/schema.ts';
import { listLeads } from '#shared/domain/leads/service.ts';
import { milestoneLabels, milestones } from '#shared/domain/projects/rules.ts';
import { ListProjectsQuery, type Project } from '#shared/domain/projects/schema.ts';
import { listProjects } from '#shared/domain/projects/service.ts';
import { ListRoadshowsQuery, type Roadshow, type RoadshowResults } from '#shared/domain/roadshows/schema.ts';
import { listRoadshowResults, listRoadshows } from '#shared/domain/roadshows/service.ts';
import { allPages, csvStream, xlsxStream, type Column } from '#shared/export/tabular.ts';
import { newRouter } from '../router.ts';
import { errorResponses } from '../http.ts';

/**
 * Exports for Excel: the same filters and scope as the lists, streamed page by page.
 * CSV is UTF-8 with a BOM (Excel opens Chinese correctly); XLSX is a single sheet.
 */
const tags = ['导出 Exports'];
const Format = z.object({ format: z.enum(['csv', 'xlsx']).default('csv').openapi({ description: 'csv（UTF-8 BOM）或 xlsx' }) });
const fileResponses = {
  200: {
    description: '文件（流式）',
    content: {
      'text/csv': { schema: z.string() },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
    },
  },
  ...errorResponses,
};

const leadColumns: Column<Lead>[] = [
  { header: '线索编号', value: (l) => l.id },
  { header: '企业名称', value: (l) => l.firmName },
  { header: '统一社会信用代码', value: (l) => l.creditCode },
  { header: '园区', value: (l) => l.parkId },
  { header: '产业链', value: (l) => l.chainId },
  { header: '环节', value: (l) => l.segmentId },
  { header: '渠道', value: (l) => sourceLabels[l.source] },
  { header: '阶段', value: (l) => stageLabels[l.stage] },
  { header: '计划投资（元）', value: (l) => l.plannedInvestment },
  { header: '厂房需求（m²）', value: (l) => l.spaceNeedM2 },
  { header: '用地需求（亩）', value: (l) => l.landNeedMu },
  { header: '预计年产值（元）', value: (l) => l.expectedAnnualOutput },
  { header: '预计年税收（元）', value: (l) => l.expectedAnnualTax },
  { header: '联系人', value: (l) => l.contact?.name },
  { header: '电话', value: (l) => l.contact?.phone },
  { header: '跟进人', value: (l) => l.ownerId },
  { header: '下次跟进', value: (l) => l.followUpDue },
  { header: '最近联系', value: (l) => l.lastContactAt },
  { header: '匹配度', value: (l) => l.fit?.score },
  { header: '标签', value: (l) => l.tags.map((t) => tagLabels[t]).join('、') },
  { header: '登记时间', value: (l) => l.createdAt },
];

const projectColumns: Column<Project>[] = [
  { header: '项目编号', value: (p) => p.id },
  { header: '企业名称', value: (p) => p.firmName },
  { header: '统一社会信用代码', value: (p) => p.creditCode },
  { header: '园区', value: (p) => p.parkId },
  { header: '签约日期', value: (p) => p.signedAt },
  { header: '总投资（元）', value: (p) => p.totalInvestment },
  { header: '固定资产投资（元）', value: (p) => p.fixedAssetInvestment },
  { header: '厂房面积（m²）', value: (p) => p.spaceM2 },
  { header: '用地（亩）', value: (p) => p.landMu },
  ...milestones.flatMap((m): Column<Project>[] => [
    { header: `${milestoneLabels[m]}承诺`, value: (p) => p.milestones[m].committed },
    { header: `${milestoneLabels[m]}实际`, value: (p) => p.milestones[m].actual },
  ]),
  { header: '年产值（元）', value: (p) => p.performance?.annualOutput },
  { header: '年税收（元）', value: (p) => p.performance?.annualTax },
  { header: '产值履约率（%）', value: (p) => p.performance?.attainment.output },
  { header: '税收履约率（%）', value: (p) => p.performance?.attainment.tax },
  { header: '亩均税收（元/亩）', value: (p) => p.performance?.perMu?.tax },
  { header: '低于亩均标准', value: (p) => (p.performance?.belowPerMuThreshold ? '是' : '') },
];

type RoadshowRow = Roadshow & RoadshowResults;
const roadshowColumns: Column<RoadshowRow>[] = [
  { header: '活动', value: (r) => r.title },
  { header: '日期', value: (r) => r.date },
  { header: '园区', value: (r) => r.parkId },
  { header: '主题产业链', value: (r) => r.themeChainId },
  { header: '参会企业', value: (r) => r.attendees },
  { header: '现场意向', value: (r) => r.onSiteIntents },
  { header: '新线索', value: (r) => r.leadsCreated },
  { header: '到实地考察', value: (r) => r.reachedVisit },
  { header: '到商务洽谈', value: (r) => r.reachedNegotiation },
  { header: '签约项目', value: (r) => r.signed },
  { header: '签约面积（m²）', value: (r) => r.signedM2 },
  { header: '签约投资（元）', value: (r) => r.signedInvestment },
];

function send<T>(c: Context, format: 'csv' | 'xlsx', name: string, sheet: string, columns: Column<T>[], rows: AsyncIterable<T>) {
  const file = `${name}-${new Date().toISOString().slice(0, 10)}.${format}`;
  const headers = {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(`${sheet}-${file}`)}`,
  };
  return c.body(format === 'csv' ? csvStream(columns, rows) : xlsxStream(sheet, columns, rows), 200, headers);
}

/**
 * The first page is read before the response starts, so a bad filter or a park outside the
 * caller's scope is a problem+json error, not a broken download.
 */
async function* primed<T>(first: { items: T[]; nextCursor: string | null }, rest: (cursor: string) => Promise<{ items: T[]; nextCursor: string | null }>): AsyncIterable<T> {
  yield* first.items;
  if (first.nextCursor) yield* allPages((cursor) => rest(cursor ?? first.nextCursor!));
}

export const exportsRouter = newRouter()
  .openapi(createRoute({
    method: 'get', path: '/exports/leads', tags, summary: '导出线索（与列表相同的筛选与权限）',
    request: { query: ListLeadsQuery.omit({ cursor: true, limit: true }).extend(Format.shape) },
    responses: fileResponses,
  }), async (c) => {
    const p = c.get('principal');
    const { format, ...q } = c.req.valid('query');
    const first = await listLeads(p, { ...q, limit: 100 });
    return send(c, format, 'leads', '招商线索', leadColumns, primed(first, (cursor) => listLeads(p, { ...q, cursor, limit: 100 })));
  })
  .openapi(createRoute({
    method: 'get', path: '/exports/projects', tags, summary: '导出签约项目（含里程碑、履约与亩均）',
    request: { query: ListProjectsQuery.omit({ cursor: true, limit: true }).extend(Format.shape) },
    responses: fileResponses,
  }), async (c) => {
    const p = c.get('principal');
    const { format, ...q } = c.req.valid('query');
    const first = await listProjects(p, { ...q, limit: 100 });
    return send(c, format, 'projects', '签约项目', projectColumns, primed(first, (cursor) => listProjects(p, { ...q, cursor, limit: 100 })));
  })
  .openapi(createRoute({
    method: 'get', path: '/exports/roadshows', tags, summary: '导出场景招商活动成效',
    request: { query: ListRoadshowsQuery.omit({ cursor: true, limit: true }).extend(Format.shape) },
    responses: fileResponses,
  }), async (c) => {
    const p = c.get('principal');
    const { format, ...q } = c.req.valid('query');
    await listRoadshows(p, { ...q, limit: 1 });
    return send(c, format, 'roadshows', '场景招商成效', roadshowColumns, allPages((cursor) => listRoadshowResults(p, { ...q, cursor, limit: 100 })));
  });
