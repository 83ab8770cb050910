/**
 * A park office's lead ledger (招商线索台账) → CreateLead input. Headers are Chinese, in any
 * order, with or without units; money columns in 万元 (as ledgers keep them) or 元 (as our own
 * export writes them); chains, segments, sources and tags by their Chinese names or codes.
 */
import type { Chain } from '../chains/schema.ts';
import { firmTags, leadSources, sourceLabels, tagLabels } from '../leads/schema.ts';

export type FieldProblem = { field: string; message: string };

type Money = { field: 'plannedInvestment' | 'expectedAnnualOutput' | 'expectedAnnualTax'; scale: number };
type Column =
  | { kind: 'text'; field: 'firmName' | 'creditCode' | 'notes' | 'followUpDue' | 'park' | 'chain' | 'segment' | 'source' | 'tags' | 'contactName' | 'contactPhone' | 'contactTitle' | 'owner' }
  | { kind: 'money'; money: Money }
  | { kind: 'number'; field: 'spaceNeedM2' | 'landNeedMu' };

const normalise = (h: string) => h.replace(/[\s（）()]/g, '').replace(/\uFEFF/g, '');

/** Header → column. Units in the header decide the scale of money columns. */
export function mapHeader(header: string): Column | undefined {
  const h = normalise(header);
  const money = (field: Money['field']): Column => ({ kind: 'money', money: { field, scale: /万元|万/.test(h) ? 10_000 : /亿/.test(h) ? 100_000_000 : 1 } });
  if (/^(企业名称|企业|公司名称|单位名称)$/.test(h)) return { kind: 'text', field: 'firmName' };
  if (/信用代码/.test(h)) return { kind: 'text', field: 'creditCode' };
  if (/^(园区|所属园区|归属园区)$/.test(h)) return { kind: 'text', field: 'park' };
  if (/^(产业链|所属产业链|主导产业)$/.test(h)) return { kind: 'text', field: 'chain' };
  if (/^(环节|产业链环节)$/.test(h)) return { kind: 'text', field: 'segment' };
  if (/^(招商渠道|渠道|来源)$/.test(h)) return { kind: 'text', field: 'source' };
  if (/^计划投资/.test(h) || /^投资额/.test(h) || /^计划总投资/.test(h)) return money('plannedInvestment');
  if (/^预计年产值/.test(h) || /^年产值/.test(h)) return money('expectedAnnualOutput');
  if (/^预计年税收/.test(h) || /^年税收/.test(h)) return money('expectedAnnualTax');
  if (/^厂房需求/.test(h)) return { kind: 'number', field: 'spaceNeedM2' };
  if (/^用地需求/.test(h)) return { kind: 'number', field: 'landNeedMu' };
  if (/^联系人$/.test(h)) return { kind: 'text', field: 'contactName' };
  if (/^(联系电话|电话|手机)$/.test(h)) return { kind: 'text', field: 'contactPhone' };
  if (/^(职务|联系人职务)$/.test(h)) return { kind: 'text', field: 'contactTitle' };
  if (/^(跟进人|负责人)$/.test(h)) return { kind: 'text', field: 'owner' };
  if (/^(标签|企业标签|资质)$/.test(h)) return { kind: 'text', field: 'tags' };
  if (/^(下次跟进|下次跟进日期)$/.test(h)) return { kind: 'text', field: 'followUpDue' };
  if (/^(备注|说明)$/.test(h)) return { kind: 'text', field: 'notes' };
  return undefined;
}

const byLabel = <T extends string>(codes: readonly T[], labels: Record<T, string>, text: string): T | undefined =>
  codes.find((c) => c === text || labels[c] === text || labels[c].split('/').includes(text));

/** Excel dates come as serial numbers (days since 1899-12-30) or as text (2026/11/30, 2026-11-30). */
export function ledgerDate(text: string): string | undefined {
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

export type LedgerContext = {
  defaultParkId: string;
  parksByName: Map<string, string>;
  chains: Chain[];
  usersByEmailOrName: Map<string, string>;
};

/**
 * One ledger row → a CreateLead input, or the problems that stop it. The domain schema still
 * checks the result (credit code check character, ranges…); this step only translates.
 */
export function rowToLead(headers: Array<Column | undefined>, cells: string[], ctx: LedgerContext): { input: Record<string, unknown>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const text: Record<string, string> = {};
  const input: Record<string, unknown> = { parkId: ctx.defaultParkId, tags: [] };
  headers.forEach((col, i) => {
    const raw = (cells[i] ?? '').trim();
    if (!col || raw === '') return;
    if (col.kind === 'text') { text[col.field] = raw; return; }
    const n = Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(n) || n < 0) {
      problems.push({ field: col.kind === 'money' ? col.money.field : col.field, message: `「${raw}」不是有效的数字` });
      return;
    }
    if (col.kind === 'money') input[col.money.field] = Math.round(n * col.money.scale);
    else input[col.field] = n;
  });
  if (text['firmName']) input['firmName'] = text['firmName'];
  if (text['creditCode']) input['creditCode'] = text['creditCode'];
  if (text['notes']) input['notes'] = text['notes'];
  if (text['park']) {
    const parkId = ctx.parksByName.get(text['park']);
    if (parkId) input['parkId'] = parkId;
    else problems.push({ field: 'parkId', message: `园区「${text['park']}」不存在或不在本次导入范围` });
  }
  const chain = text['chain'] ? ctx.chains.find((c) => c.id === text['chain'] || c.name === text['chain']) : undefined;
  if (text['chain'] && !chain) problems.push({ field: 'chainId', message: `产业链「${text['chain']}」不存在` });
  if (!text['chain']) problems.push({ field: 'chainId', message: '缺少产业链' });
  if (chain) {
    input['chainId'] = chain.id;
    if (text['segment']) {
      const segment = chain.segments.find((s) => s.id === text['segment'] || s.name === text['segment']);
      if (segment) input['segmentId'] = segment.id;
      else problems.push({ field: 'segmentId', message: `环节「${text['segment']}」不属于产业链「${chain.name}」` });
    }
  }
  const source = text['source'] ? byLabel(leadSources, sourceLabels, text['source']) : 'other';
  if (source) input['source'] = source;
  else problems.push({ field: 'source', message: `招商渠道「${text['source']}」无法识别` });
  if (text['tags']) {
    const tags = text['tags'].split(/[,，、;；\s]+/).filter(Boolean).map((t) => byLabel(firmTags, tagLabels, t) ?? byLabel(firmTags, tagLabels, `${t}企业`));
    if (tags.some((t) => t === undefined)) problems.push({ field: 'tags', message: `标签「${text['tags']}」含无法识别的项` });
    else input['tags'] = [...new Set(tags)];
  }
  if (text['contactName'] || text['contactPhone']) {
    input['contact'] = {
      name: text['contactName'] ?? '未填',
      ...(text['contactPhone'] ? { phone: text['contactPhone'] } : {}),
      ...(text['contactTitle'] ? { title: text['contactTitle'] } : {}),
    };
  }
  if (text['owner']) {
    const owner = ctx.usersByEmailOrName.get(text['owner']);
    if (owner) input['ownerId'] = owner;
    else problems.push({ field: 'ownerId', message: `跟进人「${text['owner']}」不是本系统用户` });
  }
  if (text['followUpDue']) {
    const d = ledgerDate(text['followUpDue']);
    if (d) input['followUpDue'] = d;
    else problems.push({ field: 'followUpDue', message: `日期「${text['followUpDue']}」无法识别` });
  }
  return { input, problems };
}
