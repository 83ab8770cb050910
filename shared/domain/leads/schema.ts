import { z } from 'zod';
import { checkCreditCode, creditCodeMessages } from '../credit-code.ts';
import { IsoDate, Mu, SquareMetres, Yuan } from '../money.ts';
import { leadStages } from './rules.ts';
import { LeadWorkflow } from '../lifecycle/schema.ts';
import { ChainFit } from '../chainfit/schema.ts';

export const leadSources = [
  'anchor_led', 'tenant_referral', 'overseas_chinese', 'fund_led', 'roadshow',
  'chamber', 'operator', 'online', 'other',
] as const;
export const sourceLabels: Record<(typeof leadSources)[number], string> = {
  anchor_led: '龙头招商',
  tenant_referral: '以商引商',
  overseas_chinese: '以侨为桥',
  fund_led: '基金招商',
  roadshow: '场景招商',
  chamber: '商会/协会',
  operator: '专业运营商/中介',
  online: '云上招商',
  other: '其他',
};
export const LeadSource = z.enum(leadSources).meta({
  description: `招商渠道：${leadSources.map((s) => `${s} ${sourceLabels[s]}`).join(' · ')}`,
});

export const firmTags = ['above_scale', 'specialized', 'little_giant', 'high_tech', 'listed', 'foreign_funded'] as const;
export const tagLabels: Record<(typeof firmTags)[number], string> = {
  above_scale: '规上企业',
  specialized: '专精特新',
  little_giant: '小巨人',
  high_tech: '高新技术企业',
  listed: '上市企业',
  foreign_funded: '外资企业',
};
export const FirmTag = z.enum(firmTags).meta({
  description: `企业标签：${firmTags.map((t) => `${t} ${tagLabels[t]}`).join(' · ')}`,
});

export const LeadStage = z.enum(leadStages).meta({
  description: '阶段：new 线索 · contacted 初步接洽 · visited 实地考察 · negotiating 商务洽谈 · signed 签约 · on_hold 搁置 · lost 流失',
});

export const CreditCode = z.string().trim().toUpperCase().superRefine((code, ctx) => {
  const problem = checkCreditCode(code);
  if (problem) ctx.addIssue({ code: 'custom', message: creditCodeMessages[problem], params: { reason: `credit_code_${problem}` } });
}).meta({ description: '统一社会信用代码（18 位，GB 32100-2015 校验）' });

export const Contact = z.strictObject({
  name: z.string().trim().min(1).max(40).meta({ description: '联系人' }),
  title: z.string().trim().max(40).optional().meta({ description: '职务' }),
  phone: z.string().trim().regex(/^[0-9+\-\s]{5,20}$/, '电话号码格式不正确').optional(),
  email: z.email().optional(),
});

/** Fields a user may edit after creation (firm identity and park are fixed). */
const editable = {
  firmName: z.string().trim().min(2).max(100).meta({ description: '企业名称' }),
  chainId: z.string().min(1).meta({ description: '所属产业链 id' }),
  segmentId: z.string().min(1).optional().meta({ description: '产业链环节代码' }),
  source: LeadSource,
  plannedInvestment: Yuan.optional().meta({ description: '计划投资额（元）' }),
  spaceNeedM2: SquareMetres.optional().meta({ description: '厂房需求（m²）' }),
  landNeedMu: Mu.optional().meta({ description: '用地需求（亩）' }),
  expectedAnnualOutput: Yuan.optional().meta({ description: '预计年产值（元）' }),
  expectedAnnualTax: Yuan.optional().meta({ description: '预计年税收（元）' }),
  contact: Contact.optional(),
  ownerId: z.string().min(1).nullable().optional().meta({ description: '跟进人（用户 id）；招商专员创建时默认为本人' }),
  tags: z.array(FirmTag).max(firmTags.length).default([]),
  followUpDue: IsoDate.nullable().optional().meta({ description: '下次跟进日期' }),
  notes: z.string().trim().max(2000).optional(),
};

export const CreateLead = z.strictObject({
  parkId: z.string().min(1).meta({ description: '归属园区（或开发区）id' }),
  creditCode: CreditCode,
  ...editable,
}).meta({ id: 'CreateLead' });
export type CreateLead = z.infer<typeof CreateLead>;

export const UpdateLead = z.strictObject({
  firmName: editable.firmName.optional(),
  chainId: editable.chainId.optional(),
  segmentId: z.string().min(1).nullable().optional(),
  source: LeadSource.optional(),
  plannedInvestment: editable.plannedInvestment,
  spaceNeedM2: editable.spaceNeedM2,
  landNeedMu: editable.landNeedMu,
  expectedAnnualOutput: editable.expectedAnnualOutput,
  expectedAnnualTax: editable.expectedAnnualTax,
  contact: editable.contact,
  ownerId: editable.ownerId,
  tags: z.array(FirmTag).max(firmTags.length).optional(),
  followUpDue: editable.followUpDue,
  notes: editable.notes,
}).refine((u) => Object.keys(u).length > 0, { message: '至少修改一个字段' }).meta({ id: 'UpdateLead' });
export type UpdateLead = z.infer<typeof UpdateLead>;

export const ChangeStage = z.strictObject({
  to: LeadStage,
  reason: z.string().trim().max(500).optional().meta({ description: '原因（流失时必填）' }),
}).meta({ id: 'ChangeStage' });

export const activityKinds = ['call', 'visit', 'meeting', 'site_tour', 'note', 'stage_change', 'edit'] as const;
export const activityLabels: Record<(typeof activityKinds)[number], string> = {
  call: '电话', visit: '拜访', meeting: '洽谈会', site_tour: '实地踏勘', note: '备注', stage_change: '阶段变更', edit: '修改',
};
/** Kinds that count as contact with the firm (move the lead's last-contact date). */
export const contactKinds = ['call', 'visit', 'meeting', 'site_tour'] as const;

export const RecordActivity = z.strictObject({
  kind: z.enum(['call', 'visit', 'meeting', 'site_tour', 'note']).meta({
    description: '类型：call 电话 · visit 拜访 · meeting 洽谈会 · site_tour 实地踏勘 · note 备注（备注不计入最近联系）',
  }),
  occurredAt: z.iso.datetime({ offset: true }).optional().meta({ description: '发生时间（默认当前）' }),
  summary: z.string().trim().min(1).max(2000).meta({ description: '跟进内容' }),
  participants: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  nextFollowUpDue: IsoDate.optional().meta({ description: '约定的下次跟进日期' }),
}).meta({ id: 'RecordActivity' });

export const Activity = z.object({
  id: z.string(),
  leadId: z.string(),
  kind: z.enum(activityKinds),
  occurredAt: z.string(),
  summary: z.string(),
  participants: z.array(z.string()).optional(),
  nextFollowUpDue: z.string().optional(),
  from: LeadStage.optional(),
  to: LeadStage.optional(),
  reason: z.string().optional(),
  fields: z.array(z.string()).optional().meta({ description: '修改了哪些字段（kind=edit）' }),
  createdBy: z.string(),
  createdAt: z.string(),
}).meta({ id: 'Activity' });
export type Activity = z.infer<typeof Activity>;

export const Lead = z.object({
  id: z.string(),
  parkId: z.string(),
  zoneId: z.string(),
  parkPath: z.array(z.string()),
  creditCode: z.string(),
  firmName: z.string(),
  chainId: z.string(),
  segmentId: z.string().optional(),
  source: LeadSource,
  plannedInvestment: z.number().optional(),
  spaceNeedM2: z.number().optional(),
  landNeedMu: z.number().optional(),
  expectedAnnualOutput: z.number().optional(),
  expectedAnnualTax: z.number().optional(),
  contact: Contact.optional(),
  ownerId: z.string().nullable(),
  tags: z.array(FirmTag),
  followUpDue: z.string().nullable(),
  notes: z.string().optional(),
  stage: LeadStage,
  furthestStage: LeadStage.optional().meta({ description: '曾到达的最远阶段（漏斗转化按此统计）' }),
  stageBeforeHold: LeadStage.nullable(),
  lostReason: z.string().optional(),
  stageChangedAt: z.string(),
  projectId: z.string().optional().meta({ description: '签约后对应的项目' }),
  roadshowId: z.string().optional().meta({ description: '由哪场场景招商活动产生（归因不变）' }),
  fit: ChainFit.optional().meta({ description: '与所在园区的产业链匹配度（创建或修改时计算）' }),
  workflow: LeadWorkflow.optional().meta({ description: '跟进流程（Step Functions）当前状态' }),
  lastContactAt: z.string().nullable(),
  createdBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Lead' });
export type Lead = z.infer<typeof Lead>;

export const MAX_PAGE = 100;
export const Limit = z.coerce.number().int().min(1).max(MAX_PAGE).default(20).meta({
  description: `每页条数（1–${MAX_PAGE}，默认 20）`,
});

export const ListLeadsQuery = z.strictObject({
  parkId: z.string().min(1).optional().meta({ description: '园区或开发区 id（默认为本人管辖范围）' }),
  stage: LeadStage.optional(),
  ownerId: z.string().min(1).optional(),
  chainId: z.string().min(1).optional(),
  source: LeadSource.optional(),
  followUpDueBefore: IsoDate.optional().meta({ description: '下次跟进日期早于（不含）该日' }),
  sort: z.enum(['newest', 'fit']).default('newest').meta({ description: 'newest 最新在前 · fit 产业链匹配度高在前（须指定单个园区）' }),
  cursor: z.string().optional(),
  limit: Limit,
}).meta({ id: 'ListLeadsQuery' });
export type ListLeadsQuery = z.infer<typeof ListLeadsQuery>;
