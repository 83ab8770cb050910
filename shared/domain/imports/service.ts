import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { authorize, type Principal } from '../../auth/principal.ts';
import { clock } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { batchGet, getItem, keyOf } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { sumByPark, transact } from '../../db/transact.ts';
import { DomainError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { publish } from '../../events.ts';
import { chainFit } from '../chainfit/rules.ts';
import { fitInput } from '../chainfit/compute.ts';
import { listChains } from '../chains/service.ts';
import type { Chain } from '../chains/schema.ts';
import { leadCounterItems, readCounters, type ParkCounters } from '../counters.ts';
import { CreateLead, Lead } from '../leads/schema.ts';
import { checkOwner, draftLead, parkForLead, parkStillThere, updateLead } from '../leads/service.ts';
import type { Park } from '../parks/schema.ts';
import { subtree } from '../parks/service.ts';
import { mapHeader, rowToLead, type FieldProblem } from './ledger.ts';
import type { Row } from './tables.ts';

export const ImportQuery = z.strictObject({
  parkId: z.string().min(1).meta({ description: '导入到哪个园区（台账中「园区」列可指定其下级园区）' }),
  commit: z.enum(['true', 'false']).default('false').meta({ description: 'false：只校验并返回逐行报告（默认）；true：校验通过的行写入' }),
});

export type RowOutcome = {
  row: number;
  outcome: 'created' | 'updated' | 'unchanged' | 'rejected';
  creditCode?: string;
  firmName?: string;
  leadId?: string;
  changes?: string[];
  errors?: FieldProblem[];
};

export type ImportReport = {
  importId: string;
  committed: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  results: RowOutcome[];
};

export type Progress = { rows: number; created: number; updated: number; unchanged: number; rejected: number };

const BATCH = 100;
const PER_TRANSACTION = 20;
const COMPARED = ['firmName', 'chainId', 'segmentId', 'source', 'plannedInvestment', 'spaceNeedM2', 'landNeedMu', 'expectedAnnualOutput', 'expectedAnnualTax', 'contact', 'tags', 'followUpDue', 'notes', 'ownerId'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Import a lead ledger (CSV or XLSX rows, header first). The credit code is the key: a firm new to
 * the zone is created, a firm already logged is updated where the ledger differs (and left alone
 * where it does not), a bad row is rejected with its reasons. With `commit=false` nothing is
 * written and the report says what would happen. Rows are handled in batches (lookups by
 * BatchGetItem, creations 20 to a transaction), so memory and time grow with the file, not worse.
 */
export async function importLeads(
  p: Principal,
  q: z.input<typeof ImportQuery>,
  rows: AsyncIterable<Row> | Iterable<Row>,
  onProgress: (progress: Progress) => void = () => {},
): Promise<ImportReport> {
  authorize(p, 'lead.write');
  const { parkId, commit } = ImportQuery.parse(q);
  const committing = commit === 'true';
  const root = await parkForLead(p, parkId);
  const parks = (await subtree(root)).filter((n) => n.zoneId !== null) as Array<Park & { zoneId: string }>;
  const chains = await allChains(p);
  const ctx = {
    defaultParkId: root.id,
    parksByName: new Map(parks.flatMap((n) => [[n.name, n.id], [n.id, n.id]] as Array<[string, string]>)),
    chains,
    usersByEmailOrName: new Map<string, string>(),
  };
  const counters = new Map<string, ParkCounters>();
  const report: ImportReport = { importId: newId('imp'), committed: committing, rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, results: [] };
  const seen = new Map<string, number>();

  let headers: ReturnType<typeof mapHeader>[] | undefined;
  let rowNumber = 0;
  let batch: Array<{ row: number; cells: string[] }> = [];
  const flush = async () => {
    await handleBatch(p, batch, headers!, ctx, parks, counters, seen, committing, report);
    batch = [];
    onProgress({ rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected });
  };
  for await (const cells of rows as AsyncIterable<Row>) {
    rowNumber++;
    if (!headers) {
      headers = cells.map(mapHeader);
      const missing = ['企业名称', '统一社会信用代码', '产业链'].filter((h) => !cells.some((c) => mapHeader(c) && mapHeader(c)!.kind === 'text' && c.replace(/\s/g, '').includes(h.slice(0, 4))));
      if (missing.length) {
        throw new DomainError('request.invalid', `台账缺少必需的列：${missing.join('、')}`, missing.map((m) => ({ field: 'file', message: `缺少「${m}」列`, code: 'column_missing' })));
      }
      continue;
    }
    if (cells.every((c) => c.trim() === '')) continue;
    batch.push({ row: rowNumber, cells });
    if (batch.length === BATCH) await flush();
  }
  if (!headers) throw new DomainError('request.invalid', '文件为空', [{ field: 'file', message: '没有表头和数据', code: 'empty' }]);
  if (batch.length) await flush();
  if (committing) await saveReport(p, report);
  return report;
}

async function allChains(p: Principal): Promise<Chain[]> {
  const out: Chain[] = [];
  let cursor: string | undefined;
  do {
    const page = await listChains(p, { cursor, limit: 100 });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

type Valid = { row: number; input: CreateLead; park: Park & { zoneId: string } };

async function handleBatch(
  p: Principal,
  batch: Array<{ row: number; cells: string[] }>,
  headers: ReturnType<typeof mapHeader>[],
  ctx: Parameters<typeof rowToLead>[2],
  parks: Array<Park & { zoneId: string }>,
  counters: Map<string, ParkCounters>,
  seen: Map<string, number>,
  committing: boolean,
  report: ImportReport,
) {
  const reject = (row: number, errors: FieldProblem[], extra: Partial<RowOutcome> = {}) => {
    report.results.push({ row, outcome: 'rejected', ...extra, errors });
    report.rejected++;
  };
  const valid: Valid[] = [];
  for (const { row, cells } of batch) {
    report.rows++;
    const { input, problems } = rowToLead(headers, cells, ctx);
    const who = { creditCode: String(input['creditCode'] ?? ''), firmName: String(input['firmName'] ?? '') };
    const parsed = CreateLead.safeParse(input);
    if (problems.length || !parsed.success) {
      const zod = parsed.success ? [] : parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(row)', message: i.message }));
      reject(row, [...problems, ...zod.filter((z) => !problems.some((pr) => pr.field === z.field))], who);
      continue;
    }
    const firstRow = seen.get(parsed.data.creditCode);
    if (firstRow !== undefined) {
      reject(row, [{ field: 'creditCode', message: `与第 ${firstRow} 行为同一企业（统一社会信用代码重复）` }], who);
      continue;
    }
    seen.set(parsed.data.creditCode, row);
    valid.push({ row, input: parsed.data, park: parks.find((n) => n.id === parsed.data.parkId)! });
  }

  // Which firms the zone already has (one BatchGetItem for the claims, one for their leads).
  const claims = await batchGet(valid.map((v) => keys.firm(v.park.zoneId, v.input.creditCode)), true);
  const claimOf = (v: Valid) => claims.get(keyOf(keys.firm(v.park.zoneId, v.input.creditCode)));
  const leads = await batchGet(valid.flatMap((v) => { const c = claimOf(v); return c ? [keys.lead(String(c['leadId']))] : []; }), true);

  const drafts: Array<ReturnType<typeof draftLead> & { row: number }> = [];
  const now = clock.nowIso();
  for (const v of valid) {
    const claim = claimOf(v);
    const who = { creditCode: v.input.creditCode, firmName: v.input.firmName };
    if (claim) {
      const existing = fromItem(Lead, leads.get(keyOf(keys.lead(String(claim['leadId'])))) ?? {});
      const patch = Object.fromEntries(COMPARED.filter((k) => k in v.input && !same(v.input[k as keyof CreateLead], existing[k as keyof Lead])).map((k) => [k, v.input[k as keyof CreateLead]]));
      const changes = Object.keys(patch);
      if (changes.length === 0) {
        report.results.push({ row: v.row, outcome: 'unchanged', leadId: existing.id, ...who });
        report.unchanged++;
        continue;
      }
      if (committing) {
        try {
          await updateLead(p, existing.id, patch, existing.version);
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          reject(v.row, e.errors.length ? e.errors : [{ field: '(row)', message: e.detail }], { ...who, leadId: existing.id });
          continue;
        }
      }
      report.results.push({ row: v.row, outcome: 'updated', leadId: existing.id, changes, ...who });
      report.updated++;
      continue;
    }
    const ownerId = v.input.ownerId !== undefined ? v.input.ownerId : p.role === 'officer' ? p.userId : null;
    try {
      if (ownerId) await checkOwner(p, ownerId, v.park);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      reject(v.row, e.errors, who);
      continue;
    }
    if (!counters.has(v.park.id)) counters.set(v.park.id, await readCounters(v.park.id));
    const chain = ctx.chains.find((c) => c.id === v.input.chainId)!;
    const fit = { ...chainFit(fitInput(v.input, v.park, chain, counters.get(v.park.id)!)), computedAt: now };
    drafts.push({ row: v.row, ...draftLead(p, v.input, { park: v.park, ownerId, fit, now }) });
  }
  for (let i = 0; i < drafts.length; i += PER_TRANSACTION) {
    const group = drafts.slice(i, i + PER_TRANSACTION);
    const failed = committing ? await createGroup(group) : new Map<string, DomainError>();
    for (const d of group) {
      const who = { creditCode: d.lead.creditCode, firmName: d.lead.firmName };
      const error = failed.get(d.lead.id);
      if (error) { reject(d.row, error.errors.length ? error.errors : [{ field: '(row)', message: error.detail }], who); continue; }
      report.results.push({ row: d.row, outcome: 'created', leadId: d.lead.id, ...who });
      report.created++;
    }
  }
}

type Draft = ReturnType<typeof draftLead>;

const createTx = (group: Draft[]) => transact([
  ...group.flatMap((d) => d.writes),
  ...sumByPark(group.map((d) => [d.lead.parkId, d.counters] as [string, Record<string, number>])).flatMap(([parkId, deltas]) => leadCounterItems(parkId, deltas)),
  ...[...new Set(group.map((d) => d.lead.parkId))].map(parkStillThere),
]);

/**
 * Up to 20 new leads in one transaction, their counters merged per park. If the group is refused
 * (a firm logged by someone else meanwhile), each lead is tried on its own; returns the refusals.
 */
async function createGroup(group: Draft[]): Promise<Map<string, DomainError>> {
  const failed = new Map<string, DomainError>();
  try {
    await createTx(group);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    for (const d of group) {
      try {
        await createTx([d]);
      } catch (single) {
        if (!(single instanceof DomainError)) throw single;
        failed.set(d.lead.id, single);
      }
    }
  }
  for (const d of group) if (!failed.has(d.lead.id)) await publish({ type: 'lead.created', leadId: d.lead.id, parkId: d.lead.parkId });
  return failed;
}

/** The summary of a committed import (the per-row results are returned to the caller, not kept). */
async function saveReport(p: Principal, report: ImportReport) {
  const { results, ...summary } = report;
  await ddb.send(new PutCommand({
    TableName: tableName,
    Item: {
      ...keys.importJob(report.importId), entity: 'import', ...summary,
      rejectedRows: results.filter((r) => r.outcome === 'rejected').slice(0, 500),
      importedBy: p.userId, scopeParkId: p.scopeParkId, importedAt: clock.nowIso(),
    },
  }));
}

export async function getImport(p: Principal, id: string) {
  const item = await getItem(keys.importJob(id));
  if (!item || (item['importedBy'] !== p.userId && p.role !== 'admin')) throw new DomainError('resource.not_found', '导入记录不存在或无权访问');
  const rest: Record<string, unknown> = { ...item };
  for (const k of ['pk', 'sk', 'entity']) delete rest[k];
  return rest;
}
