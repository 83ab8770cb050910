import { z } from 'zod';

export const webhookEvents = [
  'lead.created', 'lead.stage_changed', 'lead.deleted', 'project.signed', 'project.milestone_recorded',
  'milestone.overdue', 'blocker.escalated',
] as const;
export const WebhookEvent = z.enum(webhookEvents).meta({
  description: '事件：lead.created 新线索 · lead.stage_changed 阶段变更 · lead.deleted 删除 · project.signed 签约 · project.milestone_recorded 里程碑 · milestone.overdue 里程碑逾期 · blocker.escalated 堵点提请调度',
});

export const CreateWebhook = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(500).meta({ description: '接收地址（POST JSON）' }),
  events: z.array(WebhookEvent).min(1).max(webhookEvents.length),
  description: z.string().trim().max(200).optional(),
}).meta({ id: 'CreateWebhook' });

export const Webhook = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(WebhookEvent),
  description: z.string().optional(),
  active: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
}).meta({ id: 'Webhook' });
export type Webhook = z.infer<typeof Webhook>;

export const Attempt = z.object({
  at: z.string(),
  status: z.number().nullable().meta({ description: '接收方返回的 HTTP 状态；网络错误时为 null' }),
  ok: z.boolean(),
  error: z.string().optional(),
  ms: z.number(),
});
export type Attempt = z.infer<typeof Attempt>;

export const Delivery = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  eventType: WebhookEvent,
  state: z.enum(['pending', 'delivered', 'failed']).meta({ description: '投递中 · 已送达 · 已放弃（重试用尽）' }),
  attempts: z.array(Attempt),
  nextAttemptAt: z.string().optional(),
  createdAt: z.string(),
}).meta({ id: 'WebhookDelivery' });
export type Delivery = z.infer<typeof Delivery>;
