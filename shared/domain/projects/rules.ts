/**
 * After 签约: milestones (开工 → 竣工 → 投产 → 达产) and 履约 figures. Pure functions of dates and
 * numbers, so the worked examples in tests/unit/project-rules.test.ts can be checked by hand.
 */
import { addDays } from '../../clock.ts';

export const milestones = ['construction_started', 'completed', 'in_production', 'at_capacity'] as const;
export type Milestone = (typeof milestones)[number];

export const milestoneLabels: Record<Milestone, string> = {
  construction_started: '开工',
  completed: '竣工',
  in_production: '投产',
  at_capacity: '达产',
};

/** A pending milestone this many days or fewer before its committed date is "due soon". */
export const DUE_SOON_DAYS = 30;

export type MilestoneDates = Record<Milestone, { committed: string; actual?: string | undefined }>;
export type MilestoneStatus = 'done_on_time' | 'done_late' | 'overdue' | 'due_soon' | 'on_track';

export function milestoneStatus(m: { committed: string; actual?: string | undefined }, today: string): MilestoneStatus {
  if (m.actual) return m.actual <= m.committed ? 'done_on_time' : 'done_late';
  if (today > m.committed) return 'overdue';
  return addDays(today, DUE_SOON_DAYS) >= m.committed ? 'due_soon' : 'on_track';
}

/** The first milestone not yet reached, or null once 达产 is recorded. */
export const nextMilestone = (m: MilestoneDates): Milestone | null => milestones.find((k) => !m[k].actual) ?? null;

/**
 * The "三未" lists: projects past the committed date of the milestone they are waiting for.
 *   not_started    签约未开工 — waiting for 开工
 *   not_completed  开工未竣工 — waiting for 竣工
 *   not_producing  竣工未投产 — waiting for 投产
 */
export const lateLists = { not_started: 'construction_started', not_completed: 'completed', not_producing: 'in_production' } as const;
export type LateList = keyof typeof lateLists;

// ── 履约: actual vs committed ────────────────────────────────────────────────────────────────

export type Report = { period: string; fixedAssetInvestment: number; outputValue: number; tax: number };

/** Months a period covers: `2026-10` → [2026-10]; `2026-Q3` → [2026-07, 2026-08, 2026-09]. */
export function monthsOf(period: string): string[] {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!q) return [period];
  const first = (Number(q[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${q[1]}-${String(first + i).padStart(2, '0')}`);
}

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

export type Performance = {
  /** The 12 months the annual figures rest on, and how many of them have reports. */
  window: { from: string; to: string; monthsReported: number };
  annualOutput: number;
  annualTax: number;
  cumulativeFixedAssetInvestment: number;
  attainment: { output: number | null; tax: number | null; fixedAssetInvestment: number | null };
  perMu: { output: number; tax: number; investmentIntensity: number } | null;
  belowPerMuThreshold: boolean;
};

const pct = (actual: number, committed: number) => (committed > 0 ? Math.round((actual / committed) * 1000) / 10 : null);

/**
 * Annual figures are the trailing twelve months ending with the latest reported month; with
 * fewer months reported they are annualised (Σ × 12 ÷ months reported). Fixed-asset investment
 * is cumulative over all reports. Per-mu figures need the project's land (亩); the threshold flag
 * applies once the project is producing (投产 recorded).
 */
export function performance(args: {
  reports: readonly Report[];
  commitments: { annualOutput: number; annualTax: number };
  fixedAssetInvestment: number;
  landMu?: number | undefined;
  producing: boolean;
  thresholds: { perMuTax?: number | undefined; perMuOutput?: number | undefined };
}): Performance | null {
  if (args.reports.length === 0) return null;
  const latest = Math.max(...args.reports.flatMap((r) => monthsOf(r.period).map(monthIndex)));
  const inWindow = (m: string) => monthIndex(m) > latest - 12 && monthIndex(m) <= latest;
  let output = 0;
  let tax = 0;
  const reportedMonths = new Set<string>();
  for (const r of args.reports) {
    const months = monthsOf(r.period).filter(inWindow);
    if (months.length === 0) continue;
    const share = months.length / monthsOf(r.period).length;
    output += r.outputValue * share;
    tax += r.tax * share;
    for (const m of months) reportedMonths.add(m);
  }
  const scale = 12 / reportedMonths.size;
  const annualOutput = Math.round(output * scale);
  const annualTax = Math.round(tax * scale);
  const cumulativeFixedAssetInvestment = args.reports.reduce((s, r) => s + r.fixedAssetInvestment, 0);
  const land = args.landMu;
  const perMu = land ? {
    output: Math.round(annualOutput / land),
    tax: Math.round(annualTax / land),
    investmentIntensity: Math.round(cumulativeFixedAssetInvestment / land),
  } : null;
  const below = args.producing && perMu !== null && (
    (args.thresholds.perMuTax !== undefined && perMu.tax < args.thresholds.perMuTax)
    || (args.thresholds.perMuOutput !== undefined && perMu.output < args.thresholds.perMuOutput));
  const toMonth = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  return {
    window: { from: toMonth(latest - 11), to: toMonth(latest), monthsReported: reportedMonths.size },
    annualOutput,
    annualTax,
    cumulativeFixedAssetInvestment,
    attainment: {
      output: pct(annualOutput, args.commitments.annualOutput),
      tax: pct(annualTax, args.commitments.annualTax),
      fixedAssetInvestment: pct(cumulativeFixedAssetInvestment, args.fixedAssetInvestment),
    },
    perMu,
    belowPerMuThreshold: below,
  };
}
