import { z } from 'zod';

export const workflowStates = [
  'qualifying', 'waiting', 'reminded', 'escalated', 'returned_to_pool', 'project', 'completed', 'closed', 'failed',
] as const;
export type WorkflowState = (typeof workflowStates)[number];

/**
 * What the lead's workflow is doing, as the API shows it on the lead (`lead.workflow`).
 * Written by the lifecycle tasks (never by users, and without bumping the lead's `version`:
 * a reminder must not break anybody's If-Match). The task token is stored beside it, never shown.
 */
export const LeadWorkflow = z.object({
  state: z.enum(workflowStates)
    .meta({ description: '流程状态：资格审核 · 等待跟进 · 已提醒 · 已上报调度 · 退回线索池 · 项目跟踪 · 结束 · 已关闭（流失/删除）· 出错' }),
  executionName: z.string().optional(),
  generation: z.number().int().min(1).optional().meta({ description: '第几次执行（长期项目每年续跑一次新执行）' }),
  executionStartedAt: z.string().optional().meta({ description: '本次执行开始时间' }),
  waitingSince: z.string().optional(),
  nextDue: z.string().nullable().optional().meta({ description: '下一次到期（跟进或里程碑）日期' }),
  nextCheckAt: z.string().nullable().optional().meta({ description: '流程下一次自动检查的时间（UTC）' }),
  cycleStartedAt: z.string().optional().meta({ description: '本轮跟进从何时起算（最近一次进展）' }),
  remindersSent: z.number().int().default(0),
  remindedAt: z.string().optional().meta({ description: '本轮已提醒的时间' }),
  escalated: z.boolean().default(false),
  escalatedTo: z.string().optional().meta({ description: '上报给哪位园区负责人（用户 id）' }),
  escalatedAt: z.string().optional(),
  dispatchBlockerId: z.string().optional().meta({ description: '列入调度议程的堵点 id' }),
  watching: z.string().optional().meta({ description: '项目阶段：正在跟踪的里程碑，或 performance（履约检查）' }),
  performanceChecks: z.number().int().optional().meta({ description: '达产后已做的履约检查次数' }),
  performanceFlag: z.object({
    belowCommitment: z.boolean(),
    belowPerMuThreshold: z.boolean(),
    at: z.string(),
  }).optional().meta({ description: '最近一次履约检查：低于承诺 / 低于亩均标准' }),
  qualification: z.object({
    otherLeads: z.array(z.object({ leadId: z.string(), parkId: z.string() })).meta({ description: '其他园区（开发区）在跟进同一企业的线索' }),
    chainFitScore: z.number().optional(),
    routedOwnerId: z.string().optional().meta({ description: '无跟进人时由流程分配的跟进人' }),
    at: z.string(),
  }).optional(),
  lastError: z.object({ error: z.string(), cause: z.string(), at: z.string() }).optional(),
  updatedAt: z.string(),
}).meta({ id: 'LeadWorkflow' });
export type LeadWorkflow = z.infer<typeof LeadWorkflow>;
