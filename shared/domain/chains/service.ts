import { BatchGetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { authorize, type Principal } from '../../auth/principal.ts';
import { clock } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { getItem, queryPage, updateVersioned, type Page } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { Chain, CreateChain, UpdateChain } from './schema.ts';

const everywhere = { what: '产业链', path: [] as string[] };

export async function createChain(p: Principal, raw: unknown, opts: { id?: string } = {}): Promise<Chain> {
  authorize(p, 'chain.write');
  const input = CreateChain.parse(raw);
  const now = clock.nowIso();
  const chain: Chain = { id: opts.id ?? newId('chain'), ...input, version: 1, createdAt: now, updatedAt: now };
  try {
    await ddb.send(new PutCommand({
      TableName: tableName,
      Item: { ...keys.chain(chain.id), entity: 'chain', gsi1pk: keys.chains, gsi1sk: `${chain.name}#${chain.id}`, ...chain },
      ConditionExpression: 'attribute_not_exists(pk)',
    }));
  } catch (e) {
    if ((e as Error).name === 'ConditionalCheckFailedException') throw new DomainError('resource.conflict', '产业链 id 已存在', [], { id: chain.id });
    throw e;
  }
  return chain;
}

/** Chains are shared reference data: every signed-in role may read them. */
export async function getChain(p: Principal, id: string): Promise<Chain> {
  authorize(p, 'read');
  const item = await getItem(keys.chain(id));
  if (!item) throw notFound(everywhere.what, id);
  return fromItem(Chain, item);
}

export async function listChains(p: Principal, q: { cursor?: string | undefined; limit: number }): Promise<Page<Chain>> {
  authorize(p, 'read');
  const page = await queryPage({ index: 'byCollection', partition: keys.chains, cursor: q.cursor, limit: q.limit });
  return { items: page.items.map((i) => fromItem(Chain, i)), nextCursor: page.nextCursor };
}

export async function updateChain(p: Principal, id: string, raw: unknown, ifMatch: number): Promise<Chain> {
  authorize(p, 'chain.write');
  const input = UpdateChain.parse(raw);
  const item = await updateVersioned({
    key: keys.chain(id),
    set: { ...input, gsi1sk: input.name ? `${input.name}#${id}` : undefined },
    ifMatch,
    now: clock.nowIso(),
    onMissing: () => notFound(everywhere.what, id),
  });
  return fromItem(Chain, item);
}

/** Load chains by id (one BatchGetItem); a missing id is a field error on `field`. */
export async function requireChains(ids: readonly string[], field: string): Promise<Map<string, Chain>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const out = await ddb.send(new BatchGetCommand({
    RequestItems: { [tableName]: { Keys: unique.map((id) => keys.chain(id)) } },
  }));
  const found = new Map((out.Responses?.[tableName] ?? []).map((i) => [String(i['id']), fromItem(Chain, i)]));
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw invalid(field, `产业链不存在：${missing}`, 'not_found');
  return found;
}
