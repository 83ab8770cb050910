import { describe, expect, it } from 'vitest';
import { milestoneStatus, monthsOf, nextMilestone, performance } from '../../shared/domain/projects/rules.ts';

describe('milestone status (today = 2026-11-21)', () => {
  const today = '2026-11-21';
  it('is overdue the day after its committed date, due soon within 30 days, on track beyond', () => {
    expect(milestoneStatus({ committed: '2026-11-20' }, today)).toBe('overdue');
    expect(milestoneStatus({ committed: '2026-11-21' }, today)).toBe('due_soon');
    expect(milestoneStatus({ committed: '2026-12-21' }, today)).toBe('due_soon'); // today + 30 days
    expect(milestoneStatus({ committed: '2026-12-22' }, today)).toBe('on_track');
  });
  it('is done on time or late once recorded', () => {
    expect(milestoneStatus({ committed: '2026-11-01', actual: '2026-11-01' }, today)).toBe('done_on_time');
    expect(milestoneStatus({ committed: '2026-11-01', actual: '2026-11-02' }, today)).toBe('done_late');
  });
  it('waits for the first milestone without an actual date', () => {
    expect(nextMilestone({
      construction_started: { committed: '2026-01-01', actual: '2026-01-05' },
      completed: { committed: '2026-06-01' }, in_production: { committed: '2026-09-01' }, at_capacity: { committed: '2027-06-01' },
    })).toBe('completed');
  });
});

describe('履约 and per-mu figures, worked by hand', () => {
  // Project: 50 亩; committed annual output 2亿 (200,000,000), annual tax 1000万 (10,000,000);
  // contract fixed-asset investment 1.5亿 (150,000,000). Park threshold 亩均税收 15万元/亩 (150,000).
  const project = {
    commitments: { annualOutput: 200_000_000, annualTax: 10_000_000 },
    fixedAssetInvestment: 150_000_000,
    landMu: 50,
    thresholds: { perMuTax: 150_000 },
  };
  // Six monthly reports, 2026-01 … 2026-06: each 1500万 output, 60万 tax, 1000万 fixed-asset investment.
  const sixMonths = ['01', '02', '03', '04', '05', '06'].map((m) => ({
    period: `2026-${m}`, outputValue: 15_000_000, tax: 600_000, fixedAssetInvestment: 10_000_000,
  }));

  it('annualises six months, and gives attainment, 亩均 and 投资强度', () => {
    const perf = performance({ ...project, reports: sixMonths, producing: true })!;
    // Σ output = 6 × 1500万 = 9000万; annualised × 12/6 = 1.8亿.   Σ tax = 360万 → 720万.
    expect(perf.window).toEqual({ from: '2025-07', to: '2026-06', monthsReported: 6 });
    expect(perf.annualOutput).toBe(180_000_000);
    expect(perf.annualTax).toBe(7_200_000);
    // Fixed-asset investment is cumulative: 6 × 1000万 = 6000万.
    expect(perf.cumulativeFixedAssetInvestment).toBe(60_000_000);
    // Attainment: 1.8亿 ÷ 2亿 = 90.0 %; 720万 ÷ 1000万 = 72.0 %; 6000万 ÷ 1.5亿 = 40.0 %.
    expect(perf.attainment).toEqual({ output: 90, tax: 72, fixedAssetInvestment: 40 });
    // Per mu: 1.8亿 ÷ 50 = 360万/亩; 720万 ÷ 50 = 14.4万/亩; 6000万 ÷ 50 = 120万/亩.
    expect(perf.perMu).toEqual({ output: 3_600_000, tax: 144_000, investmentIntensity: 1_200_000 });
    // 14.4万 < 15万 and producing → flagged.
    expect(perf.belowPerMuThreshold).toBe(true);
  });

  it('does not flag a project that is not producing yet, and has no per-mu figures without land', () => {
    expect(performance({ ...project, reports: sixMonths, producing: false })!.belowPerMuThreshold).toBe(false);
    const leased = performance({ ...project, landMu: undefined, reports: sixMonths, producing: true })!;
    expect(leased.perMu).toBeNull();
    expect(leased.belowPerMuThreshold).toBe(false);
  });

  it('uses the trailing twelve months: quarters 2025-Q3 … 2026-Q2, the older quarter left out', () => {
    const q = (period: string, output: number) => ({ period, outputValue: output, tax: output / 20, fixedAssetInvestment: 5_000_000 });
    const perf = performance({
      ...project,
      reports: [q('2025-Q2', 10_000_000), q('2025-Q3', 20_000_000), q('2025-Q4', 30_000_000), q('2026-Q1', 40_000_000), q('2026-Q2', 50_000_000)],
      producing: true,
    })!;
    // 2000万 + 3000万 + 4000万 + 5000万 = 1.4亿 over 12 reported months (no annualising).
    expect(perf.window).toEqual({ from: '2025-07', to: '2026-06', monthsReported: 12 });
    expect(perf.annualOutput).toBe(140_000_000);
    expect(perf.annualTax).toBe(7_000_000); // 1.4亿 ÷ 20
    expect(perf.cumulativeFixedAssetInvestment).toBe(25_000_000); // all five quarters
    expect(perf.attainment.output).toBe(70); // 1.4亿 ÷ 2亿
    expect(perf.perMu!.tax).toBe(140_000); // 700万 ÷ 50
  });

  it('knows the months of a period', () => {
    expect(monthsOf('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOf('2026-02')).toEqual(['2026-02']);
  });
});
