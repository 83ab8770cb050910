import { createRoute, z } from '@hono/zod-openapi';
import { MilestoneName, CapitalIncrease, ListProjectsQuery, Project, RecordMilestone, Report, SignProject, SubmitReport } from '#shared/domain/projects/schema.ts';
import {
  addCapitalIncrease, getProject, listProjects, listReports, recordMilestone, signLead, submitReport,
} from '#shared/domain/projects/service.ts';
import { newRouter } from '../router.ts';
import { body, errorResponses, etag, IdempotencyHeader, IfMatchHeader, ifMatch, json, pageOf, writeErrorResponses } from '../http.ts';

const tags = ['签约项目 Projects'];
const ProjectParams = z.object({ projectId: z.string().min(1).max(64) });

export const projects = newRouter()
  .openapi(createRoute({
    method: 'post', path: '/leads/{leadId}/sign', tags,
    summary: '签约：线索→签约，生成项目、占用厂房、计入园区计数（一个事务；同一企业再次签约按增资计）',
    request: { params: z.object({ leadId: z.string().min(1).max(64) }), headers: IfMatchHeader.merge(IdempotencyHeader), body: body(SignProject) },
    responses: {
      201: json(z.object({ project: Project, countedAs: z.enum(['new_project', 'capital_increase']) }).openapi('Signing'), '已签约'),
      ...writeErrorResponses,
    },
  }), async (c) => {
    const out = await signLead(c.get('principal'), c.req.valid('param').leadId, c.req.valid('json'), ifMatch(c, false));
    return c.json(out, 201, { etag: etag(out.project.version), location: `/projects/${out.project.id}` });
  })
  .openapi(createRoute({
    method: 'get', path: '/projects', tags, summary: '项目列表；late=三未清单（签约未开工/开工未竣工/竣工未投产）；亩均低于标准',
    request: { query: ListProjectsQuery },
    responses: { 200: json(pageOf(Project, 'ProjectPage'), '一页项目'), ...errorResponses },
  }), async (c) => c.json(await listProjects(c.get('principal'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/projects/{projectId}', tags, summary: '项目详情（里程碑状态、履约与亩均）',
    request: { params: ProjectParams },
    responses: { 200: json(Project, '项目'), ...errorResponses },
  }), async (c) => {
    const project = await getProject(c.get('principal'), c.req.valid('param').projectId);
    return c.json(project, 200, { etag: etag(project.version) });
  })
  .openapi(createRoute({
    method: 'post', path: '/projects/{projectId}/milestones/{milestone}', tags,
    summary: '记录里程碑实际日期（按顺序；开工即入驻，厂房单元 已签约→已入驻）',
    request: { params: ProjectParams.extend({ milestone: MilestoneName }), headers: IfMatchHeader.merge(IdempotencyHeader), body: body(RecordMilestone) },
    responses: { 200: json(Project, '已记录'), ...writeErrorResponses },
  }), async (c) => {
    const { projectId, milestone } = c.req.valid('param');
    const project = await recordMilestone(c.get('principal'), projectId, milestone, c.req.valid('json'), ifMatch(c, false));
    return c.json(project, 200, { etag: etag(project.version) });
  })
  .openapi(createRoute({
    method: 'post', path: '/projects/{projectId}/capital-increases', tags, summary: '增资：填写增资后的合同总额，只计入增加部分',
    request: { params: ProjectParams, headers: IfMatchHeader.merge(IdempotencyHeader), body: body(CapitalIncrease) },
    responses: { 200: json(Project, '已记录'), ...writeErrorResponses },
  }), async (c) => {
    const project = await addCapitalIncrease(c.get('principal'), c.req.valid('param').projectId, c.req.valid('json'), ifMatch(c, false));
    return c.json(project, 200, { etag: etag(project.version) });
  })
  .openapi(createRoute({
    method: 'put', path: '/projects/{projectId}/reports/{period}', tags, summary: '报送（或更正）某月/季度的实际投资、产值、税收；重算履约与亩均',
    request: { params: ProjectParams.extend({ period: z.string().openapi({ description: 'YYYY-MM 或 YYYY-Qn' }) }), body: body(SubmitReport) },
    responses: { 200: json(Project, '已报送'), ...writeErrorResponses },
  }), async (c) => {
    const { projectId, period } = c.req.valid('param');
    const project = await submitReport(c.get('principal'), projectId, period, c.req.valid('json'));
    return c.json(project, 200, { etag: etag(project.version) });
  })
  .openapi(createRoute({
    method: 'get', path: '/projects/{projectId}/reports', tags, summary: '项目的各期报送',
    request: { params: ProjectParams },
    responses: { 200: json(z.object({ items: z.array(Report) }), '报送'), ...errorResponses },
  }), async (c) => c.json({ items: await listReports(c.get('principal'), c.req.valid('param').projectId) }, 200));
