import { z } from 'zod';
import { SquareMetres } from '../money.ts';
import { unitStatuses } from './rules.ts';

export const UnitStatus = z.enum(unitStatuses).meta({
  description: '状态：available 可招商 · reserved 已预留 · signed 已签约 · occupied 已入驻 · withdrawn 已退出市场',
});

export const NewUnit = z.strictObject({
  name: z.string().trim().min(1).max(40).meta({ description: '单元名称，如 3F 或 A区2层' }),
  floor: z.number().int().min(-5).max(200).optional(),
  areaM2: SquareMetres,
  status: z.enum(['available', 'reserved', 'withdrawn']).default('available').meta({
    description: '初始状态（已签约/已入驻须通过状态变更或签约产生）',
  }),
});

export const MAX_UNITS_PER_REQUEST = 90;

export const CreateBuilding = z.strictObject({
  name: z.string().trim().min(1).max(60).meta({ description: '楼栋名称，如 1号标准厂房' }),
  floors: z.number().int().min(1).max(200).optional(),
  units: z.array(NewUnit).max(MAX_UNITS_PER_REQUEST).default([]).meta({
    description: `随楼栋一次创建的单元（最多 ${MAX_UNITS_PER_REQUEST} 个）`,
  }),
}).meta({ id: 'CreateBuilding' });
export type CreateBuilding = z.infer<typeof CreateBuilding>;

export const AddUnits = z.strictObject({
  units: z.array(NewUnit).min(1).max(MAX_UNITS_PER_REQUEST),
}).meta({ id: 'AddUnits' });

export const UpdateUnit = z.strictObject({
  name: z.string().trim().min(1).max(40).optional(),
  floor: z.number().int().min(-5).max(200).optional(),
  areaM2: SquareMetres.optional(),
}).meta({ id: 'UpdateUnit' });

export const ChangeUnitStatus = z.strictObject({
  to: UnitStatus,
  note: z.string().trim().max(500).optional(),
}).meta({ id: 'ChangeUnitStatus' });

const AreaByStatus = z.object(Object.fromEntries(unitStatuses.map((s) => [s, z.number()])) as Record<(typeof unitStatuses)[number], z.ZodNumber>);

export const Building = z.object({
  id: z.string(),
  parkId: z.string(),
  name: z.string(),
  floors: z.number().int().optional(),
  units: z.number().int().meta({ description: '单元数' }),
  areaM2: AreaByStatus.partial().meta({ description: '各状态面积（m²）' }),
  takeUpRate: z.number().nullable().meta({ description: '去化率 %：（已签约+已入驻）÷（除已退出外的总面积）' }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Building' });
export type Building = z.infer<typeof Building>;

export const Unit = z.object({
  id: z.string(),
  parkId: z.string(),
  buildingId: z.string(),
  name: z.string(),
  floor: z.number().int().optional(),
  areaM2: z.number(),
  status: UnitStatus,
  statusNote: z.string().optional().meta({ description: '最近一次状态变更的说明' }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;
