import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from '../db/client.ts';
import { keys } from '../db/table.ts';
import { leadStages, type LeadStage } from './leads/rules.ts';
import { unitStatuses, type UnitStatus } from './space/rules.ts';

/**
 * Per-park counters, one item per park (pk=PARK#<id>, sk=COUNTERS), moved by ADD in the same
 * TransactWriteItems as the change that moves them. Names are the attribute names.
 */
export const counterName = {
  leadsInStage: (stage: LeadStage) => `leads_${stage}`,
  leadsTotal: 'leads_total',
  unitsInStatus: (status: UnitStatus) => `units_${status}`,
  m2InStatus: (status: UnitStatus) => `m2_${status}`,
  buildings: 'buildings',
} as const;

export type ParkCounters = {
  parkId: string;
  leads: { total: number; byStage: Record<LeadStage, number> };
  space: {
    buildings: number;
    units: Record<UnitStatus, number>;
    areaM2: Record<UnitStatus, number>;
    /** Σ m² of units not withdrawn. */
    marketableM2: number;
    /** (signed + occupied) ÷ marketable, in % to two decimals; null when nothing is marketable. */
    takeUpRate: number | null;
  };
};

const num = (item: Record<string, unknown> | undefined, name: string) => Number(item?.[name] ?? 0);

export function toCounters(parkId: string, item: Record<string, unknown> | undefined): ParkCounters {
  const byStage = Object.fromEntries(leadStages.map((s) => [s, num(item, counterName.leadsInStage(s))])) as Record<LeadStage, number>;
  const units = Object.fromEntries(unitStatuses.map((s) => [s, num(item, counterName.unitsInStatus(s))])) as Record<UnitStatus, number>;
  const areaM2 = Object.fromEntries(unitStatuses.map((s) => [s, round2(num(item, counterName.m2InStatus(s)))])) as Record<UnitStatus, number>;
  const marketableM2 = round2(areaM2.available + areaM2.reserved + areaM2.signed + areaM2.occupied);
  return {
    parkId,
    leads: { total: num(item, counterName.leadsTotal), byStage },
    space: {
      buildings: num(item, counterName.buildings),
      units,
      areaM2,
      marketableM2,
      takeUpRate: takeUpRate(areaM2.signed + areaM2.occupied, marketableM2),
    },
  };
}

export const takeUpRate = (takenM2: number, marketableM2: number) =>
  marketableM2 > 0 ? Math.round((takenM2 / marketableM2) * 10000) / 100 : null;

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function readCounters(parkId: string): Promise<ParkCounters> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: keys.parkCounters(parkId) }));
  return toCounters(parkId, Item);
}

/** Counters of many parks: one BatchGetItem per 100 parks, i.e. O(parks), never O(leads). */
export async function readManyCounters(parkIds: readonly string[]): Promise<ParkCounters[]> {
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < parkIds.length; i += 100) {
    let request: Record<string, { Keys: Record<string, string>[] }> | undefined = {
      [tableName]: { Keys: parkIds.slice(i, i + 100).map((id) => keys.parkCounters(id)) },
    };
    while (request && Object.keys(request).length > 0) {
      const out = await ddb.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of out.Responses?.[tableName] ?? []) found.set(String(item['parkId']), item);
      request = out.UnprocessedKeys as typeof request;
    }
  }
  return parkIds.map((id) => toCounters(id, found.get(id)));
}

/** Area-weighted roll-up: sums, then one rate (never an average of rates). */
export function rollUp(parkId: string, parts: ParkCounters[]): ParkCounters {
  const total = toCounters(parkId, undefined);
  for (const p of parts) {
    total.leads.total += p.leads.total;
    for (const s of leadStages) total.leads.byStage[s] += p.leads.byStage[s];
    total.space.buildings += p.space.buildings;
    for (const s of unitStatuses) {
      total.space.units[s] += p.space.units[s];
      total.space.areaM2[s] = round2(total.space.areaM2[s] + p.space.areaM2[s]);
    }
  }
  const a = total.space.areaM2;
  total.space.marketableM2 = round2(a.available + a.reserved + a.signed + a.occupied);
  total.space.takeUpRate = takeUpRate(a.signed + a.occupied, total.space.marketableM2);
  return total;
}
