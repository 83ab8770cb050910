import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, QueryCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { versionMismatch } from '../errors.ts';
import { ddb, tableName } from './client.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { tableDefinition, type IndexName } from './table.ts';
import { versionedUpdate } from './versioned.ts';

export async function getItem(key: { pk: string; sk: string }, consistent = false) {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: consistent }));
  return Item;
}

/** Many items by key: one BatchGetItem per 100 keys (retrying unprocessed keys); keyed `pk|sk`. */
export async function batchGet(keyList: ReadonlyArray<{ pk: string; sk: string }>, consistent = false): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < keyList.length; i += 100) {
    let request: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead?: boolean }> | undefined = { [tableName]: { Keys: keyList.slice(i, i + 100), ConsistentRead: consistent } };
    while (request && Object.keys(request).length > 0) {
      const out = await ddb.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of out.Responses?.[tableName] ?? []) found.set(`${item['pk']}|${item['sk']}`, item);
      request = out.UnprocessedKeys as typeof request;
    }
  }
  return found;
}

export const keyOf = (k: { pk: string; sk: string }) => `${k.pk}|${k.sk}`;

export type Page<T> = { items: T[]; nextCursor: string | null };

export type QuerySpec = {
  /** Omit for the base table. */
  index?: IndexName;
  partition: string;
  /** Sort key condition: a prefix, or an exclusive upper bound. */
  sortBeginsWith?: string;
  sortBefore?: string;
  /** Inclusive range on the sort key (a key "between" these strings). */
  sortBetween?: [string, string];
  newestFirst?: boolean;
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  cursor?: string | undefined;
  limit: number;
};

/**
 * One page of a Query. With a filter, DynamoDB may return short pages; we keep reading
 * (bounded) until the page is full or the partition ends, so callers see full pages.
 */
export async function queryPage(spec: QuerySpec): Promise<Page<Record<string, unknown>>> {
  const pkName = spec.index ? tableDefinition.indexes[spec.index].partitionKey : tableDefinition.partitionKey;
  const skName = spec.index ? tableDefinition.indexes[spec.index].sortKey : tableDefinition.sortKey;
  const names: Record<string, string> = { '#pk': pkName, ...(spec.filter?.names ?? {}) };
  const values: Record<string, unknown> = { ':pk': spec.partition, ...(spec.filter?.values ?? {}) };
  let condition = '#pk = :pk';
  if (spec.sortBeginsWith !== undefined) {
    names['#sk'] = skName;
    values[':sk'] = spec.sortBeginsWith;
    condition += ' AND begins_with(#sk, :sk)';
  } else if (spec.sortBetween !== undefined) {
    names['#sk'] = skName;
    values[':from'] = spec.sortBetween[0];
    values[':to'] = spec.sortBetween[1];
    condition += ' AND #sk BETWEEN :from AND :to';
  } else if (spec.sortBefore !== undefined) {
    names['#sk'] = skName;
    values[':sk'] = spec.sortBefore;
    condition += ' AND #sk < :sk';
  }
  const input: QueryCommandInput = {
    TableName: tableName,
    IndexName: spec.index,
    KeyConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: !spec.newestFirst,
    FilterExpression: spec.filter?.expression,
  };
  let start = decodeCursor(spec.cursor, { [pkName]: spec.partition });
  const items: Record<string, unknown>[] = [];
  for (let reads = 0; reads < 10; reads++) {
    const out = await ddb.send(new QueryCommand({
      ...input,
      ExclusiveStartKey: start,
      Limit: spec.filter ? Math.max(spec.limit * 2, 50) : spec.limit - items.length,
    }));
    for (const item of out.Items ?? []) {
      items.push(item);
      if (items.length === spec.limit) {
        // Resume after the last item we return, not after the last item DynamoDB read.
        const last: Record<string, string> = {};
        for (const k of [tableDefinition.partitionKey, tableDefinition.sortKey, pkName, skName]) last[k] = String(item[k]);
        const more = out.LastEvaluatedKey !== undefined || item !== out.Items?.at(-1);
        return { items, nextCursor: more ? encodeCursor(last) : null };
      }
    }
    start = out.LastEvaluatedKey as Record<string, string> | undefined;
    if (!start) return { items, nextCursor: null };
  }
  return { items, nextCursor: encodeCursor(start) };
}

/**
 * SET the given attributes on an existing item if its version is still `ifMatch`, bump the
 * version and updatedAt, and return the new item. A missing item → notFound; a moved
 * version → 412 with the current version.
 */
export async function updateVersioned(args: {
  key: { pk: string; sk: string };
  set: Record<string, unknown>;
  ifMatch: number;
  now: string;
  onMissing: () => Error;
}): Promise<Record<string, unknown>> {
  try {
    const out = await ddb.send(new UpdateCommand({
      TableName: tableName,
      Key: args.key,
      ...versionedUpdate({
        set: { ...args.set, updatedAt: args.now },
        version: args.ifMatch,
        condition: 'attribute_exists(pk)',
      }),
      ReturnValues: 'ALL_NEW',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    }));
    return out.Attributes ?? {};
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) {
      const old = e.Item ? unmarshall(e.Item) : undefined;
      if (!old || old['deletedAt'] !== undefined) throw args.onMissing();
      throw versionMismatch(Number(old['version']));
    }
    throw e;
  }
}
