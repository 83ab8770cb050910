import { describe, expect, it } from 'vitest';
import { chainFit, type FitInput } from '../../shared/domain/chainfit/rules.ts';

// 集成电路: design → manufacturing ← materials; manufacturing → packaging_test → terminal.
const chain: FitInput['chain'] = {
  id: 'chain_ic', name: '集成电路',
  segments: [
    { id: 'design', name: '设计', position: 'upstream', customerIds: ['manufacturing'] },
    { id: 'materials', name: '材料', position: 'upstream', customerIds: ['manufacturing'] },
    { id: 'manufacturing', name: '制造', position: 'midstream', customerIds: ['packaging_test'] },
    { id: 'packaging_test', name: '封测', position: 'midstream', customerIds: ['terminal'] },
    { id: 'terminal', name: '终端应用', position: 'downstream', customerIds: [] },
  ],
};
// The park: IC is a leading chain; 5,000 m² available; 亩均税收 standard 15万元/亩.
const park: FitInput['park'] = { name: '芯智造产业园', leadingChainIds: ['chain_ic'], availableM2: 5000, perMuTaxThreshold: 150_000 };
// Tenants today: 制造 ×1, 终端应用 ×2, 设计 ×4 (crowded); nobody in 封测 or 材料.
const presence = new Map([
  ['manufacturing', { tenants: 1, leads: 0 }],
  ['terminal', { tenants: 2, leads: 1 }],
  ['design', { tenants: 4, leads: 2 }],
]);

describe('chain fit, worked by hand', () => {
  it('scores a 封测 firm that fills a gap between two present neighbours', () => {
    // 4,000 m² need ≤ 5,000 available → 15. Tax 300万 on 4,000 m² = 6 亩 → 50万/亩 ≥ 15万 → 10.
    const fit = chainFit({ lead: { chainId: 'chain_ic', segmentId: 'packaging_test', spaceNeedM2: 4000, expectedAnnualTax: 3_000_000 }, park, chain, presence });
    // leading 30 + gap 25 + adjacency (上游 制造 and 下游 终端应用: two) 20 + space 15 + per-mu 10 = 100.
    expect(fit.parts).toEqual({ leading: 30, segment: 25, adjacency: 20, space: 15, perMu: 10 });
    expect(fit.score).toBe(100);
    expect(fit.kind).toBe('fill');
    expect(fit.explanation).toContain('补链：园区尚无「封测」环节企业');
    expect(fit.explanation).toContain('上游「制造」1 家');
    expect(fit.explanation).toContain('下游「终端应用」2 家');
    expect(fit.explanation).toContain('上下楼即上下游');
  });

  it('scores a firm in a crowded segment below the gap-filler, all else equal', () => {
    const common = { chainId: 'chain_ic', spaceNeedM2: 4000, expectedAnnualTax: 3_000_000 };
    const crowded = chainFit({ lead: { ...common, segmentId: 'design' }, park, chain, presence });
    const gap = chainFit({ lead: { ...common, segmentId: 'materials' }, park, chain, presence });
    // 设计: leading 30 + crowded 5 + adjacency (customer 制造 present: one) 12 + 15 + 10 = 72.
    expect(crowded.parts).toEqual({ leading: 30, segment: 5, adjacency: 12, space: 15, perMu: 10 });
    expect(crowded.score).toBe(72);
    expect(crowded.explanation).toContain('「设计」环节已较集中（4 家）');
    // 材料: leading 30 + gap 25 + adjacency (customer 制造: one) 12 + 15 + 10 = 92.
    expect(gap.score).toBe(92);
    expect(gap.score).toBeGreaterThan(crowded.score);
  });

  it('counts adjacency only for neighbours with tenants, and prorates space and per-mu', () => {
    const empty = new Map<string, { tenants: number; leads: number }>();
    // 10,000 m² need vs 5,000 available → 15 × 0.5 = 7.5 → 8. Tax 60万 on 10,000 m² = 15 亩 → 4万/亩;
    // 4 ÷ 15 × 10 = 2.67 → 3. No neighbours present → 0. Not a leading chain → 0. Gap → 25.
    const fit = chainFit({ lead: { chainId: 'chain_ic', segmentId: 'terminal', spaceNeedM2: 10_000, expectedAnnualTax: 600_000 }, park: { ...park, leadingChainIds: ['chain_eq'] }, chain, presence: empty });
    expect(fit.parts).toEqual({ leading: 0, segment: 25, adjacency: 0, space: 8, perMu: 3 });
    expect(fit.score).toBe(36);
    expect(fit.explanation).toContain('非园区主导产业');
    expect(fit.explanation).toContain('园区可招商仅 5000 m²');
    expect(fit.explanation).toContain('预计亩均税收 4.0 万元，低于园区标准 15.0 万元');
  });

  it('strengthens (强链) with one or two tenants in the segment', () => {
    const fit = chainFit({ lead: { chainId: 'chain_ic', segmentId: 'terminal' }, park, chain, presence });
    expect(fit.kind).toBe('strengthen');
    expect(fit.parts.segment).toBe(15);
    expect(fit.explanation).toContain('强链：「终端应用」环节已有 2 家企业');
  });
});
