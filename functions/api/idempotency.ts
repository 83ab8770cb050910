import { createHash } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createMiddleware } from 'hono/factory';
import { ddb, tableName } from '#shared/db/client.ts';
import { keys } from '#shared/db/table.ts';
import { clock } from '#shared/clock.ts';
import { DomainError } from '#shared/errors.ts';
import type { Env } from './http.ts';

const TTL_SECONDS = 24 * 3600;
/** An in-progress record older than this is taken as abandoned (the writer died). */
const STALE_MS = 60_000;
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];
/** DynamoDB items stop at 400 KB. */
const MAX_STORED_BODY = 300_000;

/**
 * `Idempotency-Key` on POST: the first response for (caller, key) is stored for 24 h.
 * Same key and same request → that response again (`Idempotent-Replayed: true`);
 * same key, other request → 422; same key while the first is still running → 409.
 * Only successful responses are kept: a refused request leaves no row behind, and a retry
 * after a 4xx or 5xx runs again.
 */
export const idempotency = createMiddleware<Env>(async (c, next) => {
  const key = c.req.header('idempotency-key');
  // Public routes (the roadshow check-in) have no caller to key by: their writes are idempotent by design.
  if (c.req.method !== 'POST' || key === undefined || c.get('principal') === undefined) return next();
  if (!/^[\w.:-]{1,100}$/.test(key)) {
    throw new DomainError('request.invalid', '幂等键格式不正确', [
      { field: 'Idempotency-Key', message: '应为 1–100 位字母、数字或 _ . : -', code: 'invalid' },
    ]);
  }
  const principal = c.get('principal');
  const Key = keys.idempotency(principal.userId, key);
  const body = await c.req.raw.clone().text();
  const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
  const now = clock.now();

  try {
    await ddb.send(new PutCommand({
      TableName: tableName,
      Item: { ...Key, entity: 'idempotency', state: 'in_progress', requestHash, startedAt: now.getTime(), expiresAt: Math.floor(now.getTime() / 1000) + TTL_SECONDS },
      ConditionExpression: 'attribute_not_exists(pk) OR startedAt < :stale AND #state = :inProgress',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':stale': now.getTime() - STALE_MS, ':inProgress': 'in_progress' },
    }));
  } catch (e) {
    if ((e as Error).name !== 'ConditionalCheckFailedException') throw e;
    const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key, ConsistentRead: true }));
    if (!Item) throw new DomainError('idempotency.in_progress', '相同幂等键的请求正在处理，请稍后重试');
    if (Item['requestHash'] !== requestHash) {
      throw new DomainError('idempotency.key_reused', '该幂等键已用于另一个不同的请求', [
        { field: 'Idempotency-Key', message: '相同幂等键必须对应相同的请求', code: 'reused' },
      ]);
    }
    if (Item['state'] !== 'done') throw new DomainError('idempotency.in_progress', '相同幂等键的请求正在处理，请稍后重试');
    const headers = new Headers(Item['headers'] as Record<string, string>);
    headers.set('idempotent-replayed', 'true');
    return c.newResponse(Item['body'] as string, Item['status'] as 200, Object.fromEntries(headers));
  }

  try {
    await next();
  } catch (e) {
    await ddb.send(new DeleteCommand({ TableName: tableName, Key }));
    throw e;
  }
  const res = c.res;
  if (res.status >= 300) {
    await ddb.send(new DeleteCommand({ TableName: tableName, Key }));
    return;
  }
  const stored = await res.clone().text();
  if (stored.length > MAX_STORED_BODY) {
    // Too big to keep in one item (a long import report): the key is released instead; such
    // requests are idempotent by their own keys (an import by credit code).
    await ddb.send(new DeleteCommand({ TableName: tableName, Key }));
    return;
  }
  const headers = Object.fromEntries(REPLAYED_HEADERS.flatMap((h) => (res.headers.get(h) ? [[h, res.headers.get(h)!]] : [])));
  await ddb.send(new UpdateCommand({
    TableName: tableName,
    Key,
    UpdateExpression: 'SET #state = :done, #status = :status, #body = :body, #headers = :headers',
    ExpressionAttributeNames: { '#state': 'state', '#status': 'status', '#body': 'body', '#headers': 'headers' },
    ExpressionAttributeValues: { ':done': 'done', ':status': res.status, ':body': stored, ':headers': headers },
  }));
});
