import { z } from 'zod';

/**
 * What the lead's workflow is doing, as the API shows it on the lead (`lead.workflow`).
 * Written by the lifecycle tasks; never by users.
 */
export const LeadWorkflow = z.object({
  state: z.enum(['qualifying', 'waiting', 'reminded', 'escalated', 'returned_to_pool', 'project', 'completed', 'failed'])
    .meta({ description: '流程状态：资格审核 · 等待跟进 · 已提醒 · 已上报调度 · 退回线索池 · 项目跟踪 · 结束 · 出错' }),
  executionName: z.string().optional(),
  waitingSince: z.string().optional(),
  nextDue: z.string().nullable().optional().meta({ description: '下一次到期（跟进或里程碑）日期' }),
  remindersSent: z.number().int().default(0),
  escalated: z.boolean().default(false),
  escalatedTo: z.string().optional().meta({ description: '上报给哪位园区负责人（用户 id）' }),
  lastError: z.object({ error: z.string(), cause: z.string(), at: z.string() }).optional(),
  updatedAt: z.string(),
}).meta({ id: 'LeadWorkflow' });
export type LeadWorkflow = z.infer<typeof LeadWorkflow>;
