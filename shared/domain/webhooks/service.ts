import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { authorize, type Principal } from '../../auth/principal.ts';
import { clock } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { getItem, queryPage, type Page } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { notFound } from '../../errors.ts';
import type { PublishedEvent } from '../../events.ts';
import { newId } from '../../ids.ts';
import { logger } from '../../observability/logger.ts';
import { CreateWebhook, Delivery, Webhook, webhookEvents, type Attempt } from './schema.ts';

const WHAT = 'Webhook';

// ── The signing recipe (README: "Verifying a webhook") ──────────────────────────────────────

export const SIGNATURE_HEADER = 'x-parkcrm-signature';
/** A receiver should refuse signatures older than this. */
export const SIGNATURE_TOLERANCE_S = 300;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` */
export const sign = (secret: string, body: string, t: number) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;

/** What a receiver does with the header, the raw body and its secret. */
export function verifySignature(secret: string, body: string, header: string | undefined, now = Date.now()): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((kv) => kv.split('=') as [string, string]));
  const t = Number(parts['t']);
  if (!Number.isFinite(t) || !parts['v1'] || Math.abs(now / 1000 - t) > SIGNATURE_TOLERANCE_S) return false;
  const expected = Buffer.from(sign(secret, body, t).split('v1=')[1]!, 'hex');
  const given = Buffer.from(parts['v1'], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// ── Registration (admins) ───────────────────────────────────────────────────────────────────

export async function createWebhook(p: Principal, raw: unknown): Promise<Webhook & { secret: string }> {
  authorize(p, 'webhook.write');
  const input = CreateWebhook.parse(raw);
  const webhook: Webhook = { id: newId('whk'), ...input, active: true, createdBy: p.userId, createdAt: clock.nowIso() };
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  await ddb.send(new PutCommand({
    TableName: tableName,
    Item: { ...keys.webhook(webhook.id), entity: 'webhook', ...webhook, secret, gsi1pk: keys.webhooks, gsi1sk: webhook.id },
    ConditionExpression: 'attribute_not_exists(pk)',
  }));
  invalidate();
  return { ...webhook, secret };
}

export async function listWebhooks(p: Principal, q: { cursor?: string | undefined; limit: number }): Promise<Page<Webhook>> {
  authorize(p, 'webhook.write');
  const page = await queryPage({ index: 'byCollection', partition: keys.webhooks, cursor: q.cursor, limit: q.limit });
  return { items: page.items.map((i) => fromItem(Webhook, i)), nextCursor: page.nextCursor };
}

export async function getWebhook(p: Principal, id: string): Promise<Webhook> {
  authorize(p, 'webhook.write');
  const item = await getItem(keys.webhook(id));
  if (!item) throw notFound(WHAT, id);
  return fromItem(Webhook, item);
}

/** Stop delivering to a webhook (its log stays readable). */
export async function deactivateWebhook(p: Principal, id: string): Promise<void> {
  await getWebhook(p, id);
  await ddb.send(new UpdateCommand({
    TableName: tableName, Key: keys.webhook(id),
    UpdateExpression: 'SET active = :f REMOVE gsi1pk, gsi1sk', ExpressionAttributeValues: { ':f': false },
  }));
  invalidate();
}

export async function listDeliveries(p: Principal, id: string, q: { cursor?: string | undefined; limit: number }): Promise<Page<Delivery>> {
  await getWebhook(p, id);
  const page = await queryPage({ partition: keys.webhook(id).pk, sortBeginsWith: 'DELIVERY#', newestFirst: true, cursor: q.cursor, limit: q.limit });
  return { items: page.items.map((i) => fromItem(Delivery, i)), nextCursor: page.nextCursor };
}

// ── Delivery ────────────────────────────────────────────────────────────────────────────────

export const delivery = {
  maxAttempts: 6,
  /** First retry after this; each next one doubles it (1 s, 2 s, 4 s … by default). */
  backoffMs: Number(process.env['WEBHOOK_BACKOFF_MS'] ?? 1000),
  timeoutMs: 5000,
};

type Active = Webhook & { secret: string };
let cache: { at: number; hooks: Active[] } | undefined;
const invalidate = () => { cache = undefined; };

/** Active webhooks (one Query, cached for ten seconds). */
async function activeWebhooks(): Promise<Active[]> {
  if (cache && Date.now() - cache.at < 10_000) return cache.hooks;
  const hooks: Active[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage({ index: 'byCollection', partition: keys.webhooks, cursor, limit: 100 });
    hooks.push(...page.items.map((i) => ({ ...fromItem(Webhook, i), secret: String(i['secret']) })));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  cache = { at: Date.now(), hooks };
  return hooks;
}

const timers = new Set<ReturnType<typeof setTimeout>>();

/**
 * Deliver a domain event to every active webhook that wants it: one delivery record per
 * (webhook, event) — created conditionally, so an event handed over twice is delivered once —
 * and every attempt logged on it.
 * - `local` (npm start): retries are scheduled in-process with exponential backoff.
 * - `lambda` (AWS, behind the EventBridge rule): one attempt per invocation; a failure throws so
 *   EventBridge retries the target with its own backoff, and the next invocation continues the
 *   same delivery record.
 */
export async function dispatch(event: PublishedEvent, mode: 'local' | 'lambda' = 'local'): Promise<void> {
  if (!(webhookEvents as readonly string[]).includes(event.type)) return;
  const body = JSON.stringify({ id: event.id, type: event.type, occurredAt: event.at, data: event });
  const failures: string[] = [];
  for (const hook of (await activeWebhooks()).filter((h) => (h.events as string[]).includes(event.type))) {
    const record: Delivery = {
      id: `${hook.id}#${event.id}`, webhookId: hook.id, eventId: event.id, eventType: event.type as Delivery['eventType'],
      state: 'pending', attempts: [], createdAt: clock.nowIso(),
    };
    let n = 1;
    try {
      await ddb.send(new PutCommand({
        TableName: tableName,
        Item: { ...keys.delivery(hook.id, event.id), entity: 'delivery', ...record, body },
        ConditionExpression: 'attribute_not_exists(pk)',
      }));
    } catch (e) {
      if ((e as Error).name !== 'ConditionalCheckFailedException') throw e;
      if (mode === 'local') continue;
      const existing = await getItem(keys.delivery(hook.id, event.id), true);
      if (existing?.['state'] !== 'pending') continue;
      n = (existing['attempts'] as unknown[]).length + 1;
    }
    const ok = await attempt(hook, record.id, body, n, mode);
    if (!ok) failures.push(record.id);
  }
  if (mode === 'lambda' && failures.length) throw new Error(`webhook delivery failed, EventBridge will retry: ${failures.join(', ')}`);
}

async function attempt(hook: Active, deliveryId: string, body: string, n: number, mode: 'local' | 'lambda' = 'local'): Promise<boolean> {
  const eventId = deliveryId.split('#')[1]!;
  const started = Date.now();
  const result: Attempt = { at: new Date().toISOString(), status: null, ok: false, ms: 0 };
  try {
    const res = await fetch(hook.url, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'park-crm-webhooks/1',
        'x-parkcrm-event': JSON.parse(body).type,
        'x-parkcrm-delivery': deliveryId,
        [SIGNATURE_HEADER]: sign(hook.secret, body, Math.floor(Date.now() / 1000)),
      },
      signal: AbortSignal.timeout(delivery.timeoutMs),
    });
    result.status = res.status;
    result.ok = res.ok;
    await res.body?.cancel();
  } catch (e) {
    result.error = (e as Error).name === 'TimeoutError' ? 'timeout' : (e as Error).message;
  }
  result.ms = Date.now() - started;
  const done = result.ok || n >= delivery.maxAttempts;
  const nextAt = done ? undefined : new Date(Date.now() + delivery.backoffMs * 2 ** (n - 1));
  await ddb.send(new UpdateCommand({
    TableName: tableName,
    Key: keys.delivery(hook.id, eventId),
    UpdateExpression: `SET attempts = list_append(attempts, :a), #state = :s${nextAt ? ', nextAttemptAt = :n, gsi5pk = :p, gsi5sk = :k' : ' REMOVE nextAttemptAt, gsi5pk, gsi5sk'}`,
    ExpressionAttributeNames: { '#state': 'state' },
    ExpressionAttributeValues: {
      ':a': [result], ':s': result.ok ? 'delivered' : done ? 'failed' : 'pending',
      ...(nextAt ? { ':n': nextAt.toISOString(), ':p': keys.pendingDeliveries, ':k': `${nextAt.toISOString()}#${deliveryId}` } : {}),
    },
  }));
  if (!result.ok) logger.warn('webhook delivery failed', { deliveryId, attempt: n, status: result.status, error: result.error, final: done });
  if (nextAt && mode === 'local') {
    const timer = setTimeout(() => {
      timers.delete(timer);
      void attempt(hook, deliveryId, body, n + 1).catch((error: unknown) => logger.error('webhook retry failed', { deliveryId, error }));
    }, nextAt.getTime() - Date.now());
    timers.add(timer);
  }
  return result.ok || done;
}

/** On boot: retries that were waiting when the process stopped are scheduled again. */
export async function resumePendingDeliveries(): Promise<number> {
  const hooks = new Map((await activeWebhooks()).map((h) => [h.id, h]));
  let resumed = 0;
  let cursor: string | undefined;
  do {
    const page = await queryPage({ index: 'byZoneStatus', partition: keys.pendingDeliveries, cursor, limit: 100 });
    for (const item of page.items) {
      const hook = hooks.get(String(item['webhookId']));
      if (!hook) continue;
      const n = (item['attempts'] as unknown[]).length + 1;
      const wait = Math.max(0, Date.parse(String(item['nextAttemptAt'])) - Date.now());
      const timer = setTimeout(() => { timers.delete(timer); void attempt(hook, String(item['id']), String(item['body']), n); }, wait);
      timers.add(timer);
      resumed++;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return resumed;
}

/** Stop scheduled retries (shutdown, tests). */
export function stopDeliveries() {
  for (const t of timers) clearTimeout(t);
  timers.clear();
}

