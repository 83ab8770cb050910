import { batchGet, getItem, keyOf } from '../db/ops.ts';
import { keys } from '../db/table.ts';
import { addDeltas, counterDelta, type TxItem } from '../db/transact.ts';
import { isoWeekOf, shanghaiDate } from '../clock.ts';
import { leadStages, pipeline, type LeadStage, type PipelineStage } from './leads/rules.ts';
import { unitStatuses, type UnitStatus } from './space/rules.ts';

/**
 * Per-park counters, one item per park (pk=PARK#<id>, sk=COUNTERS), moved by ADD in the same
 * TransactWriteItems as the change that moves them. Names are the attribute names.
 */
export const counterName = {
  leadsInStage: (stage: LeadStage) => `leads_${stage}`,
  leadsTotal: 'leads_total',
  projects: 'projects',
  signedInvestment: 'signed_investment',
  signedFixedAsset: 'signed_fixed_asset',
  signedLandMu: 'signed_land_mu',
  unitsInStatus: (status: UnitStatus) => `units_${status}`,
  m2InStatus: (status: UnitStatus) => `m2_${status}`,
  buildings: 'buildings',
  /** Leads that ever reached a pipeline stage (funnel conversion). */
  reached: (stage: string) => `reached_${stage}`,
  /** Per chain segment: signed projects (tenants) and active leads — chain fit and chain maps. */
  segmentTenants: (chainId: string, segmentId: string) => `seg#${chainId}#${segmentId}#tenants`,
  segmentLeads: (chainId: string, segmentId: string) => `seg#${chainId}#${segmentId}#leads`,
  blockersOpen: 'blockers_open',
  blockersEscalated: 'blockers_escalated',
  /** Producing projects with land and reports: Σ annual tax, Σ annual output, Σ 亩, how many below threshold. */
  perMuTax: 'permu_annual_tax',
  perMuOutput: 'permu_annual_output',
  perMuLand: 'permu_land_mu',
  perMuProjects: 'permu_projects',
  perMuBelow: 'permu_below',
} as const;

export type ParkCounters = {
  parkId: string;
  leads: { total: number; byStage: Record<LeadStage, number>; reached: Record<PipelineStage, number> };
  /** Signed projects, each firm counted once; investment in yuan (capital increases add only the increase). */
  projects: { count: number; signedInvestment: number; signedFixedAssetInvestment: number; signedLandMu: number };
  blockers: { open: number; escalated: number };
  /** Producing projects with land and reports (annual figures in yuan). */
  perMu: { projects: number; belowThreshold: number; landMu: number; annualTax: number; annualOutput: number };
  /** `<chainId>#<segmentId>` → tenants (signed projects) and active leads. */
  segments: Record<string, { tenants: number; leads: number }>;
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
    leads: {
      total: num(item, counterName.leadsTotal),
      byStage,
      reached: Object.fromEntries(pipeline.map((s) => [s, num(item, counterName.reached(s))])) as Record<PipelineStage, number>,
    },
    blockers: { open: num(item, counterName.blockersOpen), escalated: num(item, counterName.blockersEscalated) },
    perMu: {
      projects: num(item, counterName.perMuProjects),
      belowThreshold: num(item, counterName.perMuBelow),
      landMu: round2(num(item, counterName.perMuLand)),
      annualTax: num(item, counterName.perMuTax),
      annualOutput: num(item, counterName.perMuOutput),
    },
    segments: segmentsOf(item),
    projects: {
      count: num(item, counterName.projects),
      signedInvestment: num(item, counterName.signedInvestment),
      signedFixedAssetInvestment: num(item, counterName.signedFixedAsset),
      signedLandMu: round2(num(item, counterName.signedLandMu)),
    },
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

function segmentsOf(item: Record<string, unknown> | undefined): ParkCounters['segments'] {
  const out: ParkCounters['segments'] = {};
  for (const [name, value] of Object.entries(item ?? {})) {
    const m = /^seg#(.+)#(tenants|leads)$/.exec(name);
    if (!m) continue;
    const s = (out[m[1]!] ??= { tenants: 0, leads: 0 });
    s[m[2] as 'tenants' | 'leads'] = Number(value);
  }
  return out;
}

/** Presence per segment of one chain (chain fit reads it). */
export const presenceIn = (c: ParkCounters, chainId: string): Map<string, { tenants: number; leads: number }> =>
  new Map(Object.entries(c.segments).filter(([k]) => k.startsWith(`${chainId}#`)).map(([k, v]) => [k.slice(chainId.length + 1), v]));

export async function readCounters(parkId: string): Promise<ParkCounters> {
  return toCounters(parkId, await getItem(keys.parkCounters(parkId)));
}

/** Counters of many parks: one BatchGetItem per 100 parks, i.e. O(parks), never O(leads). */
export async function readManyCounters(parkIds: readonly string[]): Promise<ParkCounters[]> {
  const found = await batchGet(parkIds.map((id) => keys.parkCounters(id)));
  return parkIds.map((id) => toCounters(id, found.get(keyOf(keys.parkCounters(id)))));
}

/** Area-weighted roll-up: sums, then one rate (never an average of rates). */
export function rollUp(parkId: string, parts: ParkCounters[]): ParkCounters {
  const total = toCounters(parkId, undefined);
  for (const p of parts) {
    total.leads.total += p.leads.total;
    for (const s of leadStages) total.leads.byStage[s] += p.leads.byStage[s];
    for (const s of pipeline) total.leads.reached[s] += p.leads.reached[s];
    total.blockers.open += p.blockers.open;
    total.blockers.escalated += p.blockers.escalated;
    for (const k of ['projects', 'belowThreshold', 'annualTax', 'annualOutput'] as const) total.perMu[k] += p.perMu[k];
    total.perMu.landMu = round2(total.perMu.landMu + p.perMu.landMu);
    for (const [k, v] of Object.entries(p.segments)) {
      const t = (total.segments[k] ??= { tenants: 0, leads: 0 });
      t.tenants += v.tenants;
      t.leads += v.leads;
    }
    total.projects.count += p.projects.count;
    total.projects.signedInvestment += p.projects.signedInvestment;
    total.projects.signedFixedAssetInvestment += p.projects.signedFixedAssetInvestment;
    total.projects.signedLandMu = round2(total.projects.signedLandMu + p.projects.signedLandMu);
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

/**
 * Deltas on a park's period items: the ISO week (space m² moves → take-up history) and the
 * month (signings, blockers… → per-period counts). Written in the same transaction as the
 * change, so a week's or month's figure is exact without recomputing anything.
 */
export function periodDeltas(parkId: string, date: string, d: { week?: Record<string, number>; month?: Record<string, number> }): TxItem[] {
  const items: Array<TxItem | undefined> = [];
  if (d.week) {
    const week = isoWeekOf(date);
    items.push(addDeltas(keys.parkWeek(parkId, week), d.week, { entity: 'park_week', parkId, week }));
  }
  if (d.month) {
    const month = date.slice(0, 7);
    items.push(addDeltas(keys.parkMonth(parkId, month), d.month, { entity: 'park_month', parkId, month }));
  }
  return items.filter((x): x is TxItem => x !== undefined);
}

/** The part of a counter delta that the week items keep for the funnel (stage counts, reached). */
export const funnelPart = (deltas: Record<string, number>) =>
  Object.fromEntries(Object.entries(deltas).filter(([k]) => k.startsWith('leads_') || k.startsWith('reached_')));

/** A park's counters and this week's share of its lead moves (the funnel's week-over-week change). */
export function leadCounterItems(parkId: string, deltas: Record<string, number>, date = shanghaiDate()): TxItem[] {
  return [counterDelta(parkId, deltas), ...periodDeltas(parkId, date, { week: funnelPart(deltas) })].filter((x): x is TxItem => x !== undefined);
}

/** Counter names kept per month (and on the park's running totals where marked). */
export const monthCounter = {
  signedInvestment: 'signed_investment',
  signedFixedAsset: 'signed_fixed_asset',
  projectsSigned: 'projects_signed',
  signedM2: 'signed_m2',
  signedLandMu: 'signed_land_mu',
  blockers: (event: 'raised' | 'escalated' | 'resolved' | 'closed') => `blockers_${event}`,
} as const;
