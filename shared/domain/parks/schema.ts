import { z } from 'zod';
import { Mu, SquareMetres, Yuan } from '../money.ts';

export const parkLevels = ['city', 'zone', 'park', 'subpark'] as const;
export const ParkLevel = z.enum(parkLevels).meta({
  description: '层级：city 市级（如工信局/园区办）· zone 开发区/工业园区 · park 园区 · subpark 园中园/分园',
});
export type ParkLevel = z.infer<typeof ParkLevel>;

/** Which level may sit under which (null = a root). */
export const allowedParentLevel: Record<ParkLevel, ReadonlyArray<ParkLevel | null>> = {
  city: [null],
  zone: [null, 'city'],
  park: ['zone'],
  subpark: ['park'],
};

export const ManagementMode = z.enum(['direct', 'self', 'joint']).meta({
  description: '管理模式：direct 直管 · self 自主管理 · joint 联合管理',
});

export const AnnualTarget = z.strictObject({
  signedInvestment: Yuan.meta({ description: '年度签约投资目标（元）' }),
  spaceTakeUpM2: SquareMetres.meta({ description: '年度新增空间去化目标（m²）' }),
});

/** How the park chases leads (the lifecycle workflow reads it; the park decides the days). */
export const FollowUpPolicy = z.strictObject({
  firstFollowUpDays: z.number().int().min(0).max(60).default(3).meta({ description: '新线索多少天内首次跟进' }),
  remindAfterDays: z.number().int().min(0).max(60).default(0).meta({ description: '跟进到期后多少天提醒跟进人' }),
  escalateAfterDays: z.number().int().min(0).max(90).default(3).meta({ description: '到期后多少天上报园区负责人并列入调度' }),
  returnToPoolAfterDays: z.number().int().min(1).max(365).default(30).meta({ description: '多少天无进展退回线索池重新分配' }),
}).meta({ id: 'FollowUpPolicy' });
export type FollowUpPolicy = z.infer<typeof FollowUpPolicy>;

const Year = z.string().regex(/^20\d\d$/, '年份应为 4 位数字，如 2026');

const editable = {
  name: z.string().trim().min(2).max(60).meta({ description: '名称，如 永佳智能装备产业园' }),
  managementMode: ManagementMode.optional(),
  landAreaMu: Mu.optional().meta({ description: '规划/用地面积（亩）' }),
  leadingChainIds: z.array(z.string().min(1)).max(3).default([]).meta({
    description: '主导产业链（1–3 条；园区和园中园必填）',
  }),
  annualTargets: z.record(Year, AnnualTarget).default({}).meta({ description: '按年份的年度目标' }),
  address: z.string().trim().max(200).optional(),
  perMuTaxThreshold: Yuan.optional().meta({ description: '亩均税收标准（元/亩）：已投产项目低于此值将被标记' }),
  perMuOutputThreshold: Yuan.optional().meta({ description: '亩均产值标准（元/亩）' }),
  followUpPolicy: FollowUpPolicy.optional(),
  digestRobotUrl: z.url({ protocol: /^https?$/ }).optional().meta({ description: '企业微信/钉钉群机器人 Webhook 地址：每周简报同时发到群里' }),
};

export const CreatePark = z.strictObject({
  ...editable,
  level: ParkLevel,
  parentId: z.string().min(1).nullable().default(null).meta({ description: '上级节点 id；顶层为 null' }),
}).superRefine((p, ctx) => {
  if ((p.level === 'park' || p.level === 'subpark') && p.leadingChainIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['leadingChainIds'], message: '园区须有 1–3 条主导产业链' });
  }
}).meta({ id: 'CreatePark' });
export type CreatePark = z.infer<typeof CreatePark>;

export const UpdatePark = z.strictObject({
  name: editable.name.optional(),
  managementMode: ManagementMode.optional(),
  landAreaMu: Mu.optional(),
  leadingChainIds: z.array(z.string().min(1)).min(1).max(3).optional(),
  annualTargets: z.record(Year, AnnualTarget).optional(),
  address: editable.address,
  perMuTaxThreshold: editable.perMuTaxThreshold,
  perMuOutputThreshold: editable.perMuOutputThreshold,
  followUpPolicy: FollowUpPolicy.optional(),
  digestRobotUrl: editable.digestRobotUrl,
}).meta({ id: 'UpdatePark' });
export type UpdatePark = z.infer<typeof UpdatePark>;

export const Park = z.object({
  id: z.string(),
  name: z.string(),
  level: ParkLevel,
  parentId: z.string().nullable(),
  path: z.array(z.string()).meta({ description: '祖先路径（含自身），从根到本节点' }),
  zoneId: z.string().nullable().meta({ description: '所属开发区 id（市级节点为 null）' }),
  managementMode: ManagementMode.optional(),
  landAreaMu: z.number().optional(),
  leadingChainIds: z.array(z.string()),
  annualTargets: z.record(z.string(), AnnualTarget),
  address: z.string().optional(),
  perMuTaxThreshold: z.number().optional(),
  perMuOutputThreshold: z.number().optional(),
  followUpPolicy: FollowUpPolicy.optional(),
  digestRobotUrl: z.string().optional(),
  childCount: z.number().int().default(0).meta({ description: '直接下级节点数' }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Park' });
export type Park = z.infer<typeof Park>;
