import { z } from 'zod';
import { IsoDate, Mu, Yuan } from '../money.ts';
import { lateLists, milestones, type Milestone } from './rules.ts';

export const MilestoneName = z.enum(milestones).meta({
  description: '里程碑：construction_started 开工（租赁厂房为装修进场）· completed 竣工 · in_production 投产 · at_capacity 达产',
});

const CommittedDates = z.strictObject(
  Object.fromEntries(milestones.map((m) => [m, IsoDate])) as Record<Milestone, typeof IsoDate>,
).meta({ description: '各里程碑的承诺日期' });

export const Commitments = z.strictObject({
  annualOutput: Yuan.meta({ description: '承诺年产值（元）' }),
  annualTax: Yuan.meta({ description: '承诺年税收（元）' }),
  jobs: z.number().int().min(0).max(1_000_000).meta({ description: '承诺用工人数' }),
  byYear: z.number().int().min(2000).max(2100).meta({ description: '承诺在哪一年达到' }),
});

export const UnitRef = z.strictObject({
  parkId: z.string().min(1).optional().meta({ description: '单元所在园区（默认为线索所在园区；须在其下辖范围内）' }),
  buildingId: z.string().min(1),
  unitId: z.string().min(1),
});

const orderedMilestones = (m: Record<Milestone, string>, ctx: z.RefinementCtx, path: string[] = ['milestones']) => {
  milestones.forEach((k, i) => {
    const prev = milestones[i - 1];
    if (prev && m[k] < m[prev]) ctx.addIssue({ code: 'custom', path: [...path, k], message: '里程碑承诺日期须按 开工→竣工→投产→达产 先后排列' });
  });
};

export const SignProject = z.strictObject({
  signedAt: IsoDate.meta({ description: '签约日期' }),
  totalInvestment: Yuan.refine((v) => v > 0, '总投资须大于 0').meta({ description: '合同总投资（元）' }),
  fixedAssetInvestment: Yuan.meta({ description: '其中固定资产投资（元）' }),
  units: z.array(UnitRef).max(20).default([]).meta({ description: '签约的标准厂房单元（须为可招商状态）' }),
  landMu: Mu.optional().meta({ description: '供地面积（亩）' }),
  commitments: Commitments,
  milestones: CommittedDates,
  note: z.string().trim().max(1000).optional(),
}).superRefine((s, ctx) => {
  if (s.fixedAssetInvestment > s.totalInvestment) {
    ctx.addIssue({ code: 'custom', path: ['fixedAssetInvestment'], message: '固定资产投资不能超过总投资' });
  }
  if (s.units.length === 0 && s.landMu === undefined) {
    ctx.addIssue({ code: 'custom', path: ['units'], message: '须签约厂房单元或供地面积（至少一项）' });
  }
  if (s.milestones.construction_started < s.signedAt) {
    ctx.addIssue({ code: 'custom', path: ['milestones', 'construction_started'], message: '开工承诺日期不能早于签约日期' });
  }
  orderedMilestones(s.milestones, ctx);
  const seen = new Set<string>();
  s.units.forEach((u, i) => {
    if (seen.has(u.unitId)) ctx.addIssue({ code: 'custom', path: ['units', i, 'unitId'], message: '单元重复' });
    seen.add(u.unitId);
  });
}).meta({ id: 'SignProject' });
export type SignProject = z.infer<typeof SignProject>;

export const RecordMilestone = z.strictObject({
  actualDate: IsoDate.meta({ description: '实际达成日期' }),
  note: z.string().trim().max(500).optional(),
}).meta({ id: 'RecordMilestone' });

export const CapitalIncrease = z.strictObject({
  signedAt: IsoDate.meta({ description: '增资协议签订日期' }),
  totalInvestment: Yuan.meta({ description: '增资后的合同总投资（元）：只计入增加的部分' }),
  fixedAssetInvestment: Yuan.meta({ description: '增资后的固定资产投资（元）' }),
  note: z.string().trim().max(500).optional(),
}).meta({ id: 'CapitalIncrease' });

const Period = z.string().regex(/^20\d\d-(0[1-9]|1[0-2]|Q[1-4])$/, '报告期应为 YYYY-MM（月）或 YYYY-Qn（季度）');

export const SubmitReport = z.strictObject({
  fixedAssetInvestment: Yuan.meta({ description: '本期完成固定资产投资（元）' }),
  outputValue: Yuan.meta({ description: '本期产值（元）' }),
  tax: Yuan.meta({ description: '本期税收（元）' }),
}).meta({ id: 'SubmitReport' });
export const ReportPeriod = Period;

export const Report = z.object({
  projectId: z.string(),
  period: z.string(),
  fixedAssetInvestment: z.number(),
  outputValue: z.number(),
  tax: z.number(),
  reportedBy: z.string(),
  reportedAt: z.string(),
}).meta({ id: 'ProjectReport' });
export type Report = z.infer<typeof Report>;

const MilestoneState = z.object({
  committed: z.string(),
  actual: z.string().optional(),
  status: z.enum(['done_on_time', 'done_late', 'overdue', 'due_soon', 'on_track']).optional().meta({
    description: '按期完成 · 逾期完成 · 已逾期 · 临近（30 天内）· 正常（读取时按当天计算）',
  }),
});

export const Performance = z.object({
  window: z.object({ from: z.string(), to: z.string(), monthsReported: z.number() }),
  annualOutput: z.number().meta({ description: '年产值（近 12 个月，不足 12 个月按月折算）' }),
  annualTax: z.number(),
  cumulativeFixedAssetInvestment: z.number(),
  attainment: z.object({ output: z.number().nullable(), tax: z.number().nullable(), fixedAssetInvestment: z.number().nullable() })
    .meta({ description: '履约率 %：实际 ÷ 承诺' }),
  perMu: z.object({ output: z.number(), tax: z.number(), investmentIntensity: z.number() }).nullable()
    .meta({ description: '亩均产值、亩均税收、投资强度（元/亩）；无供地面积时为 null' }),
  belowPerMuThreshold: z.boolean().meta({ description: '已投产且亩均低于园区标准' }),
});

export const Project = z.object({
  id: z.string(),
  leadIds: z.array(z.string()).meta({ description: '签约所来自的线索（首次签约在前）' }),
  parkId: z.string(),
  zoneId: z.string(),
  parkPath: z.array(z.string()),
  creditCode: z.string(),
  firmName: z.string(),
  chainId: z.string(),
  segmentId: z.string().optional(),
  ownerId: z.string().nullable(),
  signedAt: z.string(),
  totalInvestment: z.number(),
  fixedAssetInvestment: z.number(),
  units: z.array(z.object({ parkId: z.string(), buildingId: z.string(), unitId: z.string(), areaM2: z.number() })),
  spaceM2: z.number(),
  landMu: z.number().optional(),
  commitments: Commitments,
  milestones: z.object(Object.fromEntries(milestones.map((m) => [m, MilestoneState])) as Record<Milestone, typeof MilestoneState>),
  nextMilestone: MilestoneName.nullable(),
  capitalIncreases: z.array(z.object({
    signedAt: z.string(), totalInvestmentAdded: z.number(), fixedAssetInvestmentAdded: z.number(),
    leadId: z.string().optional(), note: z.string().optional(), recordedBy: z.string(), recordedAt: z.string(),
  })),
  performance: Performance.nullable(),
  roadshowId: z.string().optional().meta({ description: '项目归功的场景招商活动（首次签约线索的来源）' }),
  note: z.string().optional(),
  createdBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Project' });
export type Project = z.infer<typeof Project>;

export const LateList = z.enum(Object.keys(lateLists) as [keyof typeof lateLists, ...Array<keyof typeof lateLists>]).meta({
  description: '三未：not_started 签约未开工 · not_completed 开工未竣工 · not_producing 竣工未投产（均已过承诺日期）',
});

export const ListProjectsQuery = z.strictObject({
  parkId: z.string().min(1).optional().meta({ description: '园区或开发区 id（默认为本人管辖范围）' }),
  late: LateList.optional(),
  belowPerMuThreshold: z.enum(['true', 'false']).optional().meta({ description: 'true：只看亩均低于标准的已投产项目' }),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}).meta({ id: 'ListProjectsQuery' });
export type ListProjectsQuery = z.infer<typeof ListProjectsQuery>;
