import { z } from 'zod';
import { authorize, type Principal } from '../../auth/principal.ts';
import { addDays, isoWeekOf, shanghaiDate } from '../../clock.ts';
import { batchGet, keyOf, queryPage } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { requireChains } from '../chains/service.ts';
import { counterName, readManyCounters, rollUp, type ParkCounters } from '../counters.ts';
import { leadStages } from '../leads/rules.ts';
import { IsoDate } from '../money.ts';
import { monthsOfPeriod, sumPeriodItems, type PeriodFigures } from '../parks/metrics.ts';
import { getPark, subtree } from '../parks/service.ts';
import type { Park } from '../parks/schema.ts';
import { Roadshow } from '../roadshows/schema.ts';
import { toResults } from '../roadshows/service.ts';

export const MetricsQuery = z.strictObject({
  date: IsoDate.optional().meta({ description: '统计日（默认今天，Asia/Shanghai）：决定本月、本季、本年与序时进度' }),
});

const pct = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : null);

/** 序时进度: the share of the year elapsed at the end of `date`, in %. */
export function yearElapsed(date: string): number {
  const year = Number(date.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86400_000;
  const day = (Date.parse(`${date}T00:00:00Z`) - start) / 86400_000 + 1;
  return Math.round((day / days) * 1000) / 10;
}

function funnel(c: ParkCounters) {
  const r = c.leads.reached;
  return {
    byStage: c.leads.byStage,
    reached: r,
    conversion: {
      contacted: pct(r.contacted, r.new),
      visited: pct(r.visited, r.contacted),
      negotiating: pct(r.negotiating, r.visited),
      signed: pct(r.signed, r.negotiating),
      overall: pct(r.signed, r.new),
    },
  };
}

/** Segments with no tenant in each node's whole subtree (a park's 园中园 count as the park's). */
function chainGaps(parks: Park[], counters: ParkCounters[], chains: Awaited<ReturnType<typeof requireChains>>) {
  return parks.flatMap((park) => {
    const under = counters.filter((_, i) => parks[i]!.path.includes(park.id));
    const tenants = (key: string) => under.reduce((n, c) => n + (c.segments[key]?.tenants ?? 0), 0);
    return park.leadingChainIds.map((chainId) => {
      const chain = chains.get(chainId);
      const gaps = (chain?.segments ?? []).filter((s) => tenants(`${chainId}#${s.id}`) === 0);
      return { parkId: park.id, parkName: park.name, chainId, chainName: chain?.name ?? chainId, gaps: gaps.map((s) => ({ segmentId: s.id, name: s.name })) };
    });
  }).filter((g) => g.gaps.length > 0);
}

/**
 * One read for a dashboard: the node's funnel, signed investment (month / quarter / year) against
 * the annual target with 序时进度, take-up, per-mu figures, roadshow results, blockers and chain
 * gaps — with a row per park under it. Every figure comes from maintained counters, period items
 * and roadshow results: the DynamoDB calls depend on the parks and the year's roadshows, never on
 * how many leads there are.
 */
export async function parkMetrics(p: Principal, parkId: string, raw: unknown) {
  authorize(p, 'read');
  const { date = shanghaiDate() } = MetricsQuery.parse(raw);
  const root = await getPark(p, parkId);
  const nodes = await subtree(root);
  const counters = await readManyCounters(nodes.map((n) => n.id));
  const total = rollUp(root.id, counters);
  const year = date.slice(0, 4);
  const month = date.slice(0, 7);
  const quarter = `${year}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

  // The year's month items of every node, fetched once; month, quarter and year are sums of them.
  const yearMonths = monthsOfPeriod(year);
  const items = await batchGet(nodes.flatMap((n) => yearMonths.map((m) => keys.parkMonth(n.id, m))));
  const sum = (ids: readonly string[], months: readonly string[]) => sumMonths(items, ids, months);
  const all = nodes.map((n) => n.id);
  const figures = { month: sum(all, [month]), quarter: sum(all, monthsOfPeriod(quarter)), year: sum(all, yearMonths) };
  const target = root.annualTargets[year] ?? null;
  const elapsed = yearElapsed(date);
  const progress = target ? pct(figures.year.signedInvestment, target.signedInvestment) : null;

  // Last week's lead moves (week items keep them): the funnel's week-over-week change.
  const lastWeek = isoWeekOf(addDays(date, -7));
  const weekItems = await batchGet(nodes.map((n) => keys.parkWeek(n.id, lastWeek)));
  const weekChange = Object.fromEntries([...leadStages, 'new_leads'].map((s) => [s, 0])) as Record<string, number>;
  for (const item of weekItems.values()) {
    for (const s of leadStages) weekChange[s]! += Number(item[counterName.leadsInStage(s)] ?? 0);
    weekChange['new_leads']! += Number(item[counterName.reached('new')] ?? 0);
  }

  const roadshows = await yearRoadshows(root, year);
  const chains = await requireChains([...new Set(nodes.flatMap((n) => n.leadingChainIds))], 'leadingChainIds');

  return {
    park: { id: root.id, name: root.name, level: root.level },
    date,
    funnel: { ...funnel(total), lastWeek: { week: lastWeek, change: weekChange } },
    signedInvestment: {
      month: figures.month.signedInvestment,
      quarter: figures.quarter.signedInvestment,
      year: figures.year.signedInvestment,
      annualTarget: target?.signedInvestment ?? null,
      yearProgress: progress,
      yearElapsed: elapsed,
      aheadOfSchedule: progress === null ? null : progress >= elapsed,
      projectsSignedThisYear: figures.year.projectsSigned,
    },
    takeUp: {
      takenM2: total.space.areaM2.signed + total.space.areaM2.occupied,
      marketableM2: total.space.marketableM2,
      takeUpRate: total.space.takeUpRate,
      newlySignedM2ThisYear: figures.year.signedM2,
      annualTargetM2: target?.spaceTakeUpM2 ?? null,
    },
    perMu: {
      producingProjects: total.perMu.projects,
      belowThreshold: total.perMu.belowThreshold,
      landMu: total.perMu.landMu,
      outputPerMu: total.perMu.landMu ? Math.round(total.perMu.annualOutput / total.perMu.landMu) : null,
      taxPerMu: total.perMu.landMu ? Math.round(total.perMu.annualTax / total.perMu.landMu) : null,
    },
    roadshows: roadshows.summary,
    blockers: {
      open: total.blockers.open,
      escalated: total.blockers.escalated,
      thisMonth: { raised: figures.month.blockersRaised, escalated: figures.month.blockersEscalated, resolved: figures.month.blockersResolved },
      thisYear: { raised: figures.year.blockersRaised, escalated: figures.year.blockersEscalated, resolved: figures.year.blockersResolved },
    },
    chainGaps: chainGaps(nodes, counters, chains),
    parks: nodes.filter((n) => n.id !== root.id).map((n) => {
      const c = counters[nodes.indexOf(n)]!;
      const inPark = nodes.filter((x) => x.path.includes(n.id)).map((x) => x.id);
      const own = rollUp(n.id, counters.filter((_, i) => inPark.includes(nodes[i]!.id)));
      return {
        parkId: n.id, parkName: n.name, level: n.level, parentId: n.parentId,
        leads: own.leads.total,
        signedInvestmentThisYear: sum(inPark, yearMonths).signedInvestment,
        annualTarget: n.annualTargets[year]?.signedInvestment ?? null,
        takeUpRate: own.space.takeUpRate,
        blockersEscalated: own.blockers.escalated,
        roadshowsThisYear: roadshows.perPark.get(n.id) ?? 0,
        conversion: funnel(c).conversion.overall,
      };
    }),
  };
}

/** Sum the already-fetched month items of these parks over these months. */
const sumMonths = (items: Map<string, Record<string, unknown>>, parkIds: readonly string[], months: readonly string[]): PeriodFigures =>
  sumPeriodItems(parkIds.flatMap((id) => months.map((m) => items.get(keyOf(keys.parkMonth(id, m))))).filter((x): x is Record<string, unknown> => x !== undefined));

/** This year's roadshows under a node and the sum of their results: O(roadshows) ≈ O(parks × 12). */
async function yearRoadshows(root: Park, year: string) {
  const list: Roadshow[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage({ index: 'byCollection', partition: keys.zoneRoadshows(root.zoneId ?? root.id), sortBetween: [`${year}-01-01`, `${year}-12-31~`], cursor, limit: 100 });
    list.push(...page.items.map((i) => fromItem(Roadshow, i)).filter((r) => r.parkPath.includes(root.id)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const results = await batchGet(list.map((r) => keys.roadshowResults(r.id)));
  const summary = { held: 0, planned: 0, attendees: 0, leadsCreated: 0, reachedVisit: 0, reachedNegotiation: 0, signed: 0, signedM2: 0, signedInvestment: 0 };
  const perPark = new Map<string, number>();
  for (const r of list) {
    if (r.status === 'planned') summary.planned++; else summary.held++;
    const res = toResults(r.id, results.get(keyOf(keys.roadshowResults(r.id))));
    for (const k of ['attendees', 'leadsCreated', 'reachedVisit', 'reachedNegotiation', 'signed', 'signedM2', 'signedInvestment'] as const) summary[k] += res[k];
    for (const id of r.parkPath) perPark.set(id, (perPark.get(id) ?? 0) + 1);
  }
  return { summary, perPark };
}

