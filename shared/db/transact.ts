import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DomainError } from '../errors.ts';
import { ddb, tableName } from './client.ts';

type SdkWrite = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type WithoutTable<T> = T extends object ? Omit<T, 'TableName'> : T;
/** A transaction write without TableName: the one table is filled in here. */
type TxWrite = { [Op in keyof SdkWrite]?: WithoutTable<NonNullable<SdkWrite[Op]>> };

/** One write of a transaction, and what a failed condition on it means in domain terms. */
export type TxItem = {
  write: TxWrite;
  /** Called with the item as it was when the condition failed (if any). */
  onConditionFailed?: (existing: Record<string, unknown> | undefined) => DomainError;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MAX_CONFLICT_RETRIES = 10;

/**
 * TransactWriteItems with the two things every caller needs:
 * - a condition that failed becomes the domain error its item declares (or is rethrown);
 * - a TransactionConflict (another transaction touching the same counter item) is retried
 *   with jittered exponential backoff: the items are idempotent to resend because every
 *   mutable item is guarded by its version.
 */
export async function transact(items: TxItem[]): Promise<void> {
  const input: TransactWriteCommandInput = {
    TransactItems: items.map(({ write }) => withTable(write)),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await ddb.send(new TransactWriteCommand(input));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed >= 0) {
        const reason = reasons[failed];
        const mapper = items[failed]?.onConditionFailed;
        if (!mapper) throw error;
        throw mapper(reason?.Item ? unmarshall(reason.Item) : undefined);
      }
      const conflict = reasons.some((r) => r.Code === 'TransactionConflict');
      if (!conflict || attempt >= MAX_CONFLICT_RETRIES) throw error;
      await sleep(Math.random() * Math.min(1000, 20 * 2 ** attempt));
    }
  }
}

const withTable = (write: TxWrite): SdkWrite => {
  const out: Record<string, unknown> = {};
  for (const [op, body] of Object.entries(write)) {
    out[op] = { ReturnValuesOnConditionCheckFailure: 'ALL_OLD', ...body, TableName: tableName };
  }
  return out as SdkWrite;
};

/** An Update that ADDs deltas to a park's counter item (created on first use). */
export function counterDelta(parkId: string, deltas: Record<string, number>): TxItem | undefined {
  return addDeltas({ pk: `PARK#${parkId}`, sk: 'COUNTERS' }, deltas, { entity: 'counters', parkId });
}

/** An Update that ADDs numeric deltas to any item, optionally SETting a few attributes. */
export function addDeltas(
  key: { pk: string; sk: string },
  deltas: Record<string, number>,
  set: Record<string, unknown> = {},
  condition?: string,
): TxItem | undefined {
  const entries = Object.entries(deltas).filter(([, d]) => d !== 0);
  if (entries.length === 0) return undefined;
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const parts = entries.map(([name, delta], i) => {
    names[`#c${i}`] = name;
    values[`:c${i}`] = delta;
    return `#c${i} :c${i}`;
  });
  const sets = Object.entries(set).map(([k, v], i) => {
    names[`#s${i}`] = k;
    (values as Record<string, unknown>)[`:s${i}`] = v;
    return `#s${i} = :s${i}`;
  });
  return {
    write: {
      Update: {
        Key: key,
        UpdateExpression: `ADD ${parts.join(', ')}${sets.length ? ` SET ${sets.join(', ')}` : ''}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  };
}

/** Sum deltas by park: a transaction may touch each item only once. */
export function sumByPark(groups: Array<[string, Record<string, number>]>): Array<[string, Record<string, number>]> {
  const byPark = new Map<string, Record<string, number>>();
  for (const [parkId, deltas] of groups) {
    const acc = byPark.get(parkId) ?? {};
    for (const [k, v] of Object.entries(deltas)) acc[k] = (acc[k] ?? 0) + v;
    byPark.set(parkId, acc);
  }
  return [...byPark];
}

/** Counter updates for deltas that may name the same park more than once. */
export const mergeDeltas = (...groups: Array<[string, Record<string, number>]>): TxItem[] =>
  sumByPark(groups).map(([parkId, d]) => counterDelta(parkId, d)).filter((x): x is TxItem => !!x);
