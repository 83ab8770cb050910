/**
 * The weekly digest's content for one person, as data: sections of lines and bars, built from the
 * same services the API and dashboards use (so its figures are the metrics API's figures).
 * Renderers turn it into HTML, plain text and a group-robot markdown message.
 */
import type { Principal } from '../../auth/principal.ts';
import { addDays, isoWeekEnd } from '../../clock.ts';
import { queryPage } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { Lead } from '../leads/schema.ts';
import { listLeads } from '../leads/service.ts';
import { stageLabels, pipeline } from '../leads/rules.ts';
import { listBlockers } from '../blockers/service.ts';
import { categoryLabels } from '../blockers/schema.ts';
import { parkMetrics } from '../metrics/service.ts';
import { formatYuan } from '../money.ts';
import { getPark } from '../parks/service.ts';
import { takeUp } from '../parks/metrics.ts';
import { listProjects } from '../projects/service.ts';
import { lateLists, milestoneLabels } from '../projects/rules.ts';
import { listRoadshows } from '../roadshows/service.ts';
import type { User } from '../users/service.ts';

export type Bar = { label: string; value: number; max: number; text: string };
export type Section = { title: string; lines: string[]; bars?: Bar[] };
export type Digest = {
  user: Pick<User, 'id' | 'name' | 'email' | 'role' | 'scopeParkId'>;
  week: string;
  weekStart: string;
  weekEnd: string;
  nodeName: string;
  subject: string;
  sections: Section[];
  /** Figures the digest quotes, for checking against the metrics API. */
  figures: Record<string, number | null>;
};

/** Monday of an ISO week. */
export const weekStart = (week: string) => addDays(isoWeekEnd(week), -6);

const principalOf = (u: Pick<User, 'id' | 'email' | 'name' | 'role' | 'scopeParkId'>): Principal =>
  ({ userId: u.id, email: u.email, name: u.name, role: u.role, scopeParkId: u.scopeParkId });

const pct = (n: number | null) => (n === null ? '—' : `${n.toFixed(1)}%`);
const inWeek = (iso: string | null | undefined, from: string, to: string) => !!iso && iso.slice(0, 10) >= from && iso.slice(0, 10) <= to;

/** Build the digest a person gets for an ISO week (Monday 08:00 Asia/Shanghai covers the week that starts). */
export async function buildDigest(user: Pick<User, 'id' | 'email' | 'name' | 'role' | 'scopeParkId'>, week: string): Promise<Digest | null> {
  if (!user.scopeParkId) return null;
  const p = principalOf(user);
  const start = weekStart(week);
  const end = isoWeekEnd(week);
  const last = { from: addDays(start, -7), to: addDays(start, -1) };
  const node = await getPark(p, user.scopeParkId);
  const sections: Section[] = [];
  const figures: Digest['figures'] = {};

  if (user.role === 'officer') {
    const mine = await ownerLeads(user.id);
    const open = mine.filter((l) => l.stage !== 'signed' && l.stage !== 'lost');
    const due = open.filter((l) => l.followUpDue !== null && l.followUpDue <= end).sort((a, b) => a.followUpDue!.localeCompare(b.followUpDue!));
    if (due.length) {
      sections.push({
        title: `本周需跟进（${due.length}）`,
        lines: due.slice(0, 15).map((l) => `${l.followUpDue! < start ? '【已逾期】' : ''}${l.followUpDue} · ${l.firmName}（${stageLabels[l.stage]}）`),
      });
    }
    const contacted = mine.filter((l) => inWeek(l.lastContactAt, last.from, last.to));
    if (contacted.length) sections.push({ title: `上周跟进记录（${contacted.length} 家企业）`, lines: contacted.slice(0, 10).map((l) => `${l.firmName}：最近联系 ${l.lastContactAt!.slice(0, 10)}`) });
    const moved = mine.filter((l) => inWeek(l.stageChangedAt, last.from, last.to) && l.createdAt.slice(0, 10) < last.from);
    if (moved.length) sections.push({ title: `上周阶段变化（${moved.length}）`, lines: moved.slice(0, 10).map((l) => `${l.firmName} → ${stageLabels[l.stage]}`) });
    figures['dueThisWeek'] = due.length;
  }

  if (user.role === 'park_manager' || user.role === 'viewer') {
    const m = await parkMetrics(p, node.id, { date: start });
    figures['signedInvestmentYear'] = m.signedInvestment.year;
    figures['annualTarget'] = m.signedInvestment.annualTarget;
    figures['yearProgress'] = m.signedInvestment.yearProgress;
    figures['takeUpRate'] = m.takeUp.takeUpRate;
    figures['leads'] = Object.values(m.funnel.byStage).reduce((a, b) => a + b, 0);
    figures['escalatedBlockers'] = m.blockers.escalated;

    const maxStage = Math.max(1, ...pipeline.map((s) => m.funnel.byStage[s] ?? 0));
    const change = m.funnel.lastWeek.change;
    const moves = pipeline.filter((s) => change[s]).map((s) => `${stageLabels[s]} ${change[s]! > 0 ? '+' : ''}${change[s]}`);
    sections.push({
      title: '招商漏斗',
      lines: [
        `累计转化率（线索→签约）：${pct(m.funnel.conversion.overall)}`,
        `较上周：新增线索 ${change['new_leads'] ?? 0} 条${moves.length ? `；${moves.join('，')}` : '；各阶段无变化'}`,
      ],
      bars: pipeline.map((s) => ({ label: stageLabels[s], value: m.funnel.byStage[s] ?? 0, max: maxStage, text: String(m.funnel.byStage[s] ?? 0) })),
    });
    if (m.signedInvestment.annualTarget) {
      sections.push({
        title: '签约投资与年度目标',
        lines: [
          `本年签约 ${formatYuan(m.signedInvestment.year)}，目标 ${formatYuan(m.signedInvestment.annualTarget)}，完成 ${pct(m.signedInvestment.yearProgress)}；序时进度 ${pct(m.signedInvestment.yearElapsed)}（${m.signedInvestment.aheadOfSchedule ? '快于' : '落后于'}序时）`,
          `本月签约 ${formatYuan(m.signedInvestment.month)}，本季 ${formatYuan(m.signedInvestment.quarter)}`,
        ],
        bars: [
          { label: '目标完成', value: m.signedInvestment.yearProgress ?? 0, max: 100, text: pct(m.signedInvestment.yearProgress) },
          { label: '序时进度', value: m.signedInvestment.yearElapsed, max: 100, text: pct(m.signedInvestment.yearElapsed) },
        ],
      });
    }
    if (m.takeUp.marketableM2 > 0) {
      const trend = await takeUp(p, node.id, { weeks: 6 });
      sections.push({
        title: `去化率 ${pct(m.takeUp.takeUpRate)}`,
        lines: [`已签约/入驻 ${m.takeUp.takenM2.toLocaleString('zh-CN')} m²，可招商总面积 ${m.takeUp.marketableM2.toLocaleString('zh-CN')} m²`],
        bars: trend.history.map((h) => ({ label: h.week.slice(5), value: h.takeUpRate ?? 0, max: 100, text: pct(h.takeUpRate) })),
      });
    }
    const late: string[] = [];
    for (const [list, milestone] of Object.entries(lateLists)) {
      const page = await listProjects(p, { parkId: node.id, late: list, limit: 10 });
      for (const proj of page.items) late.push(`${milestoneLabels[milestone]}逾期：${proj.firmName}（承诺 ${proj.milestones[milestone].committed}）`);
    }
    if (late.length) sections.push({ title: `三未项目（${late.length}）`, lines: late.slice(0, 15) });
    const agenda = await listBlockers(p, { parkId: node.id, status: 'escalated', limit: 10 });
    if (agenda.items.length) {
      sections.push({
        title: `调度议程（已提请调度的堵点 ${m.blockers.escalated} 个）`,
        lines: agenda.items.map((b) => `${b.escalatedAt?.slice(0, 10) ?? ''} · ${b.firmName} · ${categoryLabels[b.category]} · ${b.department}：${b.description}`),
      });
    }
    if (m.chainGaps.length) {
      sections.push({ title: '产业链缺环（补链方向）', lines: m.chainGaps.slice(0, 8).map((g) => `${g.parkName} · ${g.chainName}：${g.gaps.map((s) => s.name).join('、')}`) });
    }
    if (m.parks.length > 1) {
      const ranked = [...m.parks].filter((r) => r.level === 'park').sort((a, b) => b.signedInvestmentThisYear - a.signedInvestmentThisYear);
      const top = Math.max(1, ...ranked.map((r) => r.signedInvestmentThisYear));
      sections.push({
        title: '各园区本年签约投资排名',
        lines: ranked.map((r, i) => `${i + 1}. ${r.parkName}：${formatYuan(r.signedInvestmentThisYear)}，去化率 ${pct(r.takeUpRate)}，调度中堵点 ${r.blockersEscalated}`),
        bars: ranked.map((r) => ({ label: r.parkName, value: r.signedInvestmentThisYear, max: top, text: formatYuan(r.signedInvestmentThisYear) })),
      });
    }
    const fresh = (await recentLeads(p, node.id, last.from, last.to)).sort((a, b) => (b.fit?.score ?? 0) - (a.fit?.score ?? 0)).slice(0, 5);
    if (fresh.length) sections.push({ title: '上周新线索（按产业链匹配度）', lines: fresh.map((l) => `${l.fit?.score ?? '—'} 分 · ${l.firmName}：${l.fit?.explanation ?? ''}`) });
  }

  const roadshows = await listRoadshows(p, { parkId: node.id, from: start, to: end, limit: 20 });
  if (roadshows.items.length) sections.push({ title: '本周场景招商活动', lines: roadshows.items.map((r) => `${r.date} · ${r.title}`) });

  // Funnel bars alone are not news: a manager's digest with nothing else is still worth sending.
  if (sections.length === 0) return null;
  return {
    user, week, weekStart: start, weekEnd: end, nodeName: node.name,
    subject: `【招商周报】${node.name} · ${start.slice(5)}～${end.slice(5)}`,
    sections, figures,
  };
}

async function ownerLeads(userId: string): Promise<Lead[]> {
  const out: Lead[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage({ index: 'byOwnerDue', partition: keys.ownerDue(userId), cursor, limit: 100 });
    out.push(...page.items.filter((i) => i['deletedAt'] === undefined).map((i) => fromItem(Lead, i)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < 1000);
  return out;
}

/** Leads created in [from, to] under a node, newest first, reading only as far back as needed. */
async function recentLeads(p: Principal, nodeId: string, from: string, to: string): Promise<Lead[]> {
  const out: Lead[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 5; pages++) {
    const page = await listLeads(p, { parkId: nodeId, cursor, limit: 100 });
    for (const l of page.items) {
      if (l.createdAt.slice(0, 10) < from) return out;
      if (l.createdAt.slice(0, 10) <= to) out.push(l);
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}
