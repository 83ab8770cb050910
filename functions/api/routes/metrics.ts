import { createRoute, z } from '@hono/zod-openapi';
import { MetricsQuery, parkMetrics } from '#shared/domain/metrics/service.ts';
import { newRouter } from '../router.ts';
import { errorResponses, json } from '../http.ts';

const n = z.number();
const nn = z.number().nullable();

/** The stable, documented shape city dashboards read (viewer role is enough). */
export const ParkMetrics = z.object({
  park: z.object({ id: z.string(), name: z.string(), level: z.string() }),
  date: z.string(),
  funnel: z.object({
    byStage: z.record(z.string(), n),
    reached: z.record(z.string(), n).openapi({ description: '曾到达各阶段的线索数' }),
    conversion: z.object({ contacted: nn, visited: nn, negotiating: nn, signed: nn, overall: nn }).openapi({ description: '阶段转化率 %' }),
    lastWeek: z.object({ week: z.string(), change: z.record(z.string(), n) }).openapi({ description: '上一 ISO 周各阶段线索数的变化（new_leads 为新增线索数）' }),
  }),
  signedInvestment: z.object({
    month: n, quarter: n, year: n, annualTarget: nn,
    yearProgress: nn.openapi({ description: '年度目标完成率 %' }),
    yearElapsed: n.openapi({ description: '序时进度 %（全年已过天数占比）' }),
    aheadOfSchedule: z.boolean().nullable(),
    projectsSignedThisYear: n,
  }),
  takeUp: z.object({ takenM2: n, marketableM2: n, takeUpRate: nn, newlySignedM2ThisYear: n, annualTargetM2: nn }),
  perMu: z.object({ producingProjects: n, belowThreshold: n, landMu: n, outputPerMu: nn, taxPerMu: nn }),
  roadshows: z.object({ held: n, planned: n, attendees: n, leadsCreated: n, reachedVisit: n, reachedNegotiation: n, signed: n, signedM2: n, signedInvestment: n }),
  blockers: z.object({
    open: n, escalated: n,
    thisMonth: z.object({ raised: n, escalated: n, resolved: n }),
    thisYear: z.object({ raised: n, escalated: n, resolved: n }),
  }),
  chainGaps: z.array(z.object({ parkId: z.string(), parkName: z.string(), chainId: z.string(), chainName: z.string(), gaps: z.array(z.object({ segmentId: z.string(), name: z.string() })) })),
  parks: z.array(z.object({
    parkId: z.string(), parkName: z.string(), level: z.string(), parentId: z.string().nullable(),
    leads: n, signedInvestmentThisYear: n, annualTarget: nn, takeUpRate: nn, blockersEscalated: n, roadshowsThisYear: n, conversion: nn,
  })),
}).openapi('ParkMetrics');

export const metrics = newRouter()
  .openapi(createRoute({
    method: 'get', path: '/metrics/parks/{parkId}', tags: ['看板指标 Metrics'],
    summary: '看板指标（园区或开发区）：漏斗与转化、签约投资与序时进度、去化率、亩均、活动成效、堵点、链条缺环',
    request: { params: z.object({ parkId: z.string().min(1).max(64) }), query: MetricsQuery },
    responses: { 200: json(ParkMetrics, '指标'), ...errorResponses },
  }), async (c) => c.json(await parkMetrics(c.get('principal'), c.req.valid('param').parkId, c.req.valid('query')), 200));
