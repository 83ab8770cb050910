import { z } from 'zod';

export const SegmentPosition = z.enum(['upstream', 'midstream', 'downstream']).meta({
  description: '环节位置：upstream 上游 · midstream 中游 · downstream 下游',
});

export const Segment = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '环节代码应为小写字母开头的字母、数字或下划线').meta({
    description: '环节代码，链内唯一，如 design、packaging_test',
  }),
  name: z.string().trim().min(1).max(40).meta({ description: '环节名称，如 封测' }),
  position: SegmentPosition,
  customerIds: z.array(z.string()).max(20).default([]).meta({
    description: '下游客户环节（供应商 → 客户的边）：本环节供货给哪些环节',
  }),
});
export type Segment = z.infer<typeof Segment>;

const segments = z.array(Segment).min(1).max(30).superRefine((list, ctx) => {
  const ids = new Set<string>();
  list.forEach((s, i) => {
    if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `环节代码重复：${s.id}` });
    ids.add(s.id);
  });
  list.forEach((s, i) => s.customerIds.forEach((c, j) => {
    if (c === s.id || !ids.has(c)) {
      ctx.addIssue({ code: 'custom', path: [i, 'customerIds', j], message: `客户环节 ${c} 不在本产业链中或指向自身` });
    }
  }));
}).meta({ description: '有序环节列表（从上游到下游）' });

export const CreateChain = z.strictObject({
  name: z.string().trim().min(2).max(30).meta({ description: '产业链名称，如 集成电路' }),
  description: z.string().trim().max(500).optional(),
  segments,
}).meta({ id: 'CreateChain' });
export type CreateChain = z.infer<typeof CreateChain>;

export const UpdateChain = z.strictObject({
  name: z.string().trim().min(2).max(30).optional(),
  description: z.string().trim().max(500).optional(),
  segments: segments.optional(),
}).meta({ id: 'UpdateChain' });
export type UpdateChain = z.infer<typeof UpdateChain>;

export const Chain = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  segments: z.array(Segment),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Chain' });
export type Chain = z.infer<typeof Chain>;
