import { z } from 'zod';

export const ChainFit = z.object({
  score: z.number().int().min(0).max(100).meta({ description: '产业链匹配度 0–100' }),
  parts: z.object({
    leading: z.number().meta({ description: '主导产业（满分 30）' }),
    segment: z.number().meta({ description: '补链/强链（满分 25）' }),
    adjacency: z.number().meta({ description: '延链：上下游已在园（满分 20）' }),
    space: z.number().meta({ description: '空间匹配（满分 15）' }),
    perMu: z.number().meta({ description: '亩均税收（满分 10）' }),
  }),
  kind: z.enum(['fill', 'strengthen', 'crowded', 'unknown_segment']).meta({ description: 'fill 补链 · strengthen 强链 · crowded 环节已集中 · unknown_segment 未填环节' }),
  explanation: z.string().meta({ description: '中文说明' }),
  computedAt: z.string().optional(),
}).meta({ id: 'ChainFit' });
