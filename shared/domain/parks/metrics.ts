import { z } from 'zod';
import type { Principal } from '../../auth/principal.ts';
import { addDays, isoWeekEnd, isoWeekOf, shanghaiDate } from '../../clock.ts';
import { batchGet, keyOf } from '../../db/ops.ts';
import { keys } from '../../db/table.ts';
import { invalid } from '../../errors.ts';
import { counterName, monthCounter, readManyCounters, rollUp, takeUpRate } from '../counters.ts';
import type { Park } from './schema.ts';
import { getPark, subtree } from './service.ts';

const TAKEN = ['signed', 'occupied'] as const;
const MARKETABLE = ['available', 'reserved', 'signed', 'occupied'] as const;
const round2 = (n: number) => Math.round(n * 100) / 100;

export const TakeUpQuery = z.strictObject({
  weeks: z.coerce.number().int().min(1).max(104).default(12).meta({ description: '历史周数（含本周，1–104）' }),
});

/**
 * 去化率 of a node: now, per park of its subtree, and at the end of each of the last N ISO weeks.
 * Every figure is area-weighted (Σ signed+occupied m² ÷ Σ marketable m²). The history is the
 * current level minus the weekly deltas kept with every space change, so the read costs
 * O(parks × weeks ÷ 100) BatchGetItems plus the subtree walk — never O(units).
 */
export async function takeUp(p: Principal, parkId: string, raw: unknown) {
  const { weeks } = TakeUpQuery.parse(raw);
  const root = await getPark(p, parkId);
  const nodes = await subtree(root);
  const counters = await readManyCounters(nodes.map((n) => n.id));
  const total = rollUp(parkId, counters);

  const today = shanghaiDate();
  const weekList = Array.from({ length: weeks }, (_, i) => isoWeekOf(addDays(today, -7 * (weeks - 1 - i))));
  const weekKeys = nodes.flatMap((n) => weekList.map((w) => keys.parkWeek(n.id, w)));
  const weekItems = await batchGet(weekKeys);
  const deltaOf = (week: string) => {
    const d = { taken: 0, marketable: 0 };
    for (const n of nodes) {
      const item = weekItems.get(keyOf(keys.parkWeek(n.id, week)));
      for (const s of TAKEN) d.taken += Number(item?.[counterName.m2InStatus(s)] ?? 0);
      for (const s of MARKETABLE) d.marketable += Number(item?.[counterName.m2InStatus(s)] ?? 0);
    }
    return d;
  };
  let taken = total.space.areaM2.signed + total.space.areaM2.occupied;
  let marketable = total.space.marketableM2;
  const history: Array<{ week: string; weekEnd: string; takenM2: number; marketableM2: number; takeUpRate: number | null }> = [];
  for (let i = weekList.length - 1; i >= 0; i--) {
    const week = weekList[i]!;
    history.unshift({ week, weekEnd: isoWeekEnd(week), takenM2: round2(taken), marketableM2: round2(marketable), takeUpRate: takeUpRate(taken, marketable) });
    const d = deltaOf(week);
    taken -= d.taken;
    marketable -= d.marketable;
  }

  return {
    park: { id: root.id, name: root.name, level: root.level },
    current: { takenM2: round2(total.space.areaM2.signed + total.space.areaM2.occupied), marketableM2: total.space.marketableM2, takeUpRate: total.space.takeUpRate },
    parks: nodes.map((n, i) => ({
      id: n.id, name: n.name, level: n.level, parentId: n.parentId,
      takenM2: round2(counters[i]!.space.areaM2.signed + counters[i]!.space.areaM2.occupied),
      marketableM2: counters[i]!.space.marketableM2,
      takeUpRate: counters[i]!.space.takeUpRate,
    })),
    history,
  };
}

export const Period = z.string().regex(/^20\d\d(-(0[1-9]|1[0-2]|Q[1-4]))?$/, '期间应为 YYYY、YYYY-Qn 或 YYYY-MM');

/** The months of a period: `2026` → 12 months, `2026-Q4` → 3, `2026-11` → 1. */
export function monthsOfPeriod(period: string): string[] {
  const [year, part] = period.split('-') as [string, string | undefined];
  if (!part) return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  if (part.startsWith('Q')) {
    const first = (Number(part.slice(1)) - 1) * 3;
    return [1, 2, 3].map((i) => `${year}-${String(first + i).padStart(2, '0')}`);
  }
  return [period];
}

const periodFields = {
  signedInvestment: monthCounter.signedInvestment,
  signedFixedAssetInvestment: monthCounter.signedFixedAsset,
  projectsSigned: monthCounter.projectsSigned,
  signedM2: monthCounter.signedM2,
  signedLandMu: monthCounter.signedLandMu,
  blockersRaised: monthCounter.blockers('raised'),
  blockersEscalated: monthCounter.blockers('escalated'),
  blockersResolved: monthCounter.blockers('resolved'),
  blockersClosed: monthCounter.blockers('closed'),
} as const;

export type PeriodFigures = Record<keyof typeof periodFields, number>;

/** Sum the month items of these parks over these months (one BatchGetItem per 100 park-months). */
export async function periodFigures(nodes: readonly Pick<Park, 'id'>[], months: readonly string[]): Promise<PeriodFigures> {
  const found = await batchGet(nodes.flatMap((n) => months.map((m) => keys.parkMonth(n.id, m))));
  return sumPeriodItems(found.values());
}

/** Add up month items (already fetched). */
export function sumPeriodItems(items: Iterable<Record<string, unknown>>): PeriodFigures {
  const out = Object.fromEntries(Object.keys(periodFields).map((k) => [k, 0])) as PeriodFigures;
  for (const item of items) {
    for (const [field, attr] of Object.entries(periodFields)) out[field as keyof PeriodFigures] += Number(item[attr] ?? 0);
  }
  out.signedM2 = round2(out.signedM2);
  out.signedLandMu = round2(out.signedLandMu);
  return out;
}

/**
 * A node's figures for a month, quarter or year, summed over its subtree: signings (each firm
 * counted once; capital increases add only the increase) and blockers raised / escalated /
 * resolved / closed — with the year's target where the node has one.
 */
export async function periodStats(p: Principal, parkId: string, period: string) {
  const parsed = Period.safeParse(period);
  if (!parsed.success) throw invalid('period', parsed.error.issues[0]!.message, 'invalid');
  const root = await getPark(p, parkId);
  const nodes = await subtree(root);
  const months = monthsOfPeriod(period);
  const figures = await periodFigures(nodes, months);
  const target = root.annualTargets[period.slice(0, 4)];
  return {
    park: { id: root.id, name: root.name, level: root.level },
    period,
    months: { from: months[0]!, to: months.at(-1)! },
    ...figures,
    annualTarget: target ?? null,
  };
}
