import { z } from 'zod';
import { IsoDate } from '../money.ts';

export const blockerCategories = ['approval', 'environment', 'land', 'utilities', 'financing', 'labour', 'facilities', 'other'] as const;
export const categoryLabels: Record<(typeof blockerCategories)[number], string> = {
  approval: '审批', environment: '环评', land: '用地', utilities: '水电气',
  financing: '融资', labour: '用工', facilities: '配套', other: '其他',
};
export const BlockerCategory = z.enum(blockerCategories).meta({
  description: `类别：${blockerCategories.map((c) => `${c} ${categoryLabels[c]}`).join(' · ')}`,
});

export const blockerStatuses = ['open', 'escalated', 'resolved', 'closed'] as const;
export type BlockerStatus = (typeof blockerStatuses)[number];
export const statusLabels: Record<BlockerStatus, string> = { open: '待解决', escalated: '已提请调度', resolved: '已解决', closed: '已关闭' };
export const BlockerStatus = z.enum(blockerStatuses).meta({
  description: '状态：open 待解决 → escalated 已提请调度 → resolved 已解决；或 closed 已关闭（不再需要处理）',
});

/** open → escalated → resolved; open → resolved; either open one → closed. */
export const blockerTransitions: Readonly<Record<BlockerStatus, readonly BlockerStatus[]>> = {
  open: ['escalated', 'resolved', 'closed'],
  escalated: ['resolved', 'closed'],
  resolved: [],
  closed: [],
};

export const RaiseBlocker = z.strictObject({
  subject: z.strictObject({
    type: z.enum(['lead', 'project']),
    id: z.string().min(1),
  }).meta({ description: '堵点所属的线索或项目' }),
  description: z.string().trim().min(2).max(2000).meta({ description: '问题描述（企业诉求）' }),
  category: BlockerCategory,
  department: z.string().trim().min(2).max(60).meta({ description: '责任部门，如 市自然资源局' }),
  ownerId: z.string().min(1).optional().meta({ description: '跟踪人（用户 id，默认为提出人）' }),
  dueDate: IsoDate.optional().meta({ description: '要求解决日期' }),
}).meta({ id: 'RaiseBlocker' });

export const UpdateBlocker = z.strictObject({
  description: z.string().trim().min(2).max(2000).optional(),
  category: BlockerCategory.optional(),
  department: z.string().trim().min(2).max(60).optional(),
  dueDate: IsoDate.optional(),
}).refine((u) => Object.keys(u).length > 0, { message: '至少修改一个字段' }).meta({ id: 'UpdateBlocker' });

export const ChangeBlockerStatus = z.strictObject({
  to: z.enum(['escalated', 'resolved', 'closed']),
  note: z.string().trim().max(2000).optional().meta({ description: '说明；解决时为解决情况（必填）' }),
}).meta({ id: 'ChangeBlockerStatus' });

export const Blocker = z.object({
  id: z.string(),
  subjectType: z.enum(['lead', 'project']),
  subjectId: z.string(),
  firmName: z.string(),
  parkId: z.string(),
  zoneId: z.string(),
  parkPath: z.array(z.string()),
  description: z.string(),
  category: BlockerCategory,
  department: z.string(),
  ownerId: z.string(),
  dueDate: z.string().optional(),
  status: BlockerStatus,
  statusChangedAt: z.string(),
  escalatedAt: z.string().optional(),
  resolvedAt: z.string().optional(),
  closedAt: z.string().optional(),
  resolutionNote: z.string().optional(),
  raisedBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Blocker' });
export type Blocker = z.infer<typeof Blocker>;

export const ListBlockersQuery = z.strictObject({
  subjectId: z.string().min(1).optional().meta({ description: '某线索或项目的堵点' }),
  parkId: z.string().min(1).optional().meta({ description: '园区或开发区（默认为本人管辖范围）' }),
  status: BlockerStatus.optional().meta({ description: '按状态；escalated 即调度议程（最早提请的在前）' }),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}).meta({ id: 'ListBlockersQuery' });
