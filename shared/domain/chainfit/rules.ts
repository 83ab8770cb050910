/**
 * 产业链匹配 (chain fit): how well a lead fits a park, 0–100, with its parts and a short Chinese
 * explanation. One pure function, so the worked examples in tests/unit/chain-fit.test.ts can be
 * checked by hand.
 *
 *   leading chain   30  the lead's chain is one of the park's 主导产业
 *   segment         25  补链: no tenant in the lead's segment yet (25) · 强链: 1–2 tenants (15) ·
 *                       crowded: 3 or more (5) · segment unknown (10)
 *   adjacency       20  延链/上下楼即上下游: supplier or customer segments already present —
 *                       none 0 · one 12 · two or more 20
 *   space           15  floor need met by available m² (15, pro rata when short); land need or
 *                       no need stated: 8
 *   per-mu tax      10  expected tax per 亩 at or above the park's threshold (10, pro rata when
 *                       below); unknown: 5
 */
import type { Chain } from '../chains/schema.ts';
import { MU_IN_M2 } from '../money.ts';

export const weights = { leading: 30, segment: 25, adjacency: 20, space: 15, perMu: 10 } as const;

export type SegmentPresence = { tenants: number; leads: number };

export type FitInput = {
  lead: { chainId: string; segmentId?: string | undefined; spaceNeedM2?: number | undefined; landNeedMu?: number | undefined; expectedAnnualTax?: number | undefined };
  park: { name: string; leadingChainIds: readonly string[]; availableM2: number; perMuTaxThreshold?: number | undefined };
  chain: Pick<Chain, 'id' | 'name' | 'segments'>;
  /** Tenants (signed projects) and open leads per segment of this chain in this park. */
  presence: ReadonlyMap<string, SegmentPresence>;
};

export type FitKind = 'fill' | 'strengthen' | 'crowded' | 'unknown_segment';

export type Fit = {
  score: number;
  parts: Record<keyof typeof weights, number>;
  kind: FitKind;
  explanation: string;
};

const wan = (yuan: number) => (yuan / 10_000).toFixed(1);

export function chainFit({ lead, park, chain, presence }: FitInput): Fit {
  const reasons: string[] = [];
  const parts = { leading: 0, segment: 0, adjacency: 0, space: 0, perMu: 0 };

  if (park.leadingChainIds.includes(lead.chainId)) {
    parts.leading = weights.leading;
    reasons.push(`主导产业匹配（${chain.name}）`);
  } else {
    reasons.push(`非园区主导产业（${chain.name}）`);
  }

  const segment = chain.segments.find((s) => s.id === lead.segmentId);
  let kind: FitKind = 'unknown_segment';
  if (!segment) {
    parts.segment = 10;
    reasons.push('未填写产业链环节');
  } else {
    const tenants = presence.get(segment.id)?.tenants ?? 0;
    if (tenants === 0) {
      kind = 'fill';
      parts.segment = weights.segment;
      reasons.push(`补链：园区尚无「${segment.name}」环节企业`);
    } else if (tenants <= 2) {
      kind = 'strengthen';
      parts.segment = 15;
      reasons.push(`强链：「${segment.name}」环节已有 ${tenants} 家企业`);
    } else {
      kind = 'crowded';
      parts.segment = 5;
      reasons.push(`「${segment.name}」环节已较集中（${tenants} 家）`);
    }
    const suppliers = chain.segments.filter((s) => s.customerIds.includes(segment.id));
    const customers = chain.segments.filter((s) => segment.customerIds.includes(s.id));
    const present = [...suppliers.map((s) => ({ s, role: '上游' })), ...customers.map((s) => ({ s, role: '下游' }))]
      .filter(({ s }) => (presence.get(s.id)?.tenants ?? 0) > 0);
    parts.adjacency = present.length === 0 ? 0 : present.length === 1 ? 12 : weights.adjacency;
    if (present.length > 0) {
      const named = present.map(({ s, role }) => `${role}「${s.name}」${presence.get(s.id)!.tenants} 家`).join('、');
      reasons.push(`延链：${named}（上下楼即上下游）`);
    } else {
      reasons.push('园区暂无其上下游环节企业');
    }
  }

  if (lead.spaceNeedM2) {
    const ratio = Math.min(1, park.availableM2 / lead.spaceNeedM2);
    parts.space = Math.round(weights.space * ratio);
    reasons.push(ratio >= 1
      ? `厂房需求 ${lead.spaceNeedM2} m²，园区可招商 ${park.availableM2} m²`
      : `厂房需求 ${lead.spaceNeedM2} m²，园区可招商仅 ${park.availableM2} m²`);
  } else {
    parts.space = 8;
  }

  const land = lead.landNeedMu ?? (lead.spaceNeedM2 ? lead.spaceNeedM2 / MU_IN_M2 : undefined);
  if (lead.expectedAnnualTax !== undefined && land && park.perMuTaxThreshold) {
    const perMu = lead.expectedAnnualTax / land;
    const ratio = Math.min(1, perMu / park.perMuTaxThreshold);
    parts.perMu = Math.round(weights.perMu * ratio);
    reasons.push(`预计亩均税收 ${wan(perMu)} 万元，${ratio >= 1 ? '达到' : '低于'}园区标准 ${wan(park.perMuTaxThreshold)} 万元`);
  } else {
    parts.perMu = 5;
  }

  const score = parts.leading + parts.segment + parts.adjacency + parts.space + parts.perMu;
  return { score, parts, kind, explanation: `${park.name}：${reasons.join('；')}。` };
}
