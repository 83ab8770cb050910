import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.ts';
import { xlsxStream } from '../../shared/export/tabular.ts';
import { buildWorld, call, creditCode, tokenFor, users } from '../fixtures/world.ts';

const { officerA, managerA, zoneManager, officerC } = users;

beforeAll(buildWorld);

const HEADER = ['企业名称', '统一社会信用代码', '园区', '产业链', '环节', '招商渠道', '计划投资（万元）', '厂房需求（平方米）', '联系人', '联系电话', '标签', '下次跟进日期', '备注'];

/** A 5,000-row ledger; every 250th row has something wrong with it (20 bad rows). */
function ledger(rows = 5000): string[][] {
  const out = [HEADER];
  for (let n = 1; n <= rows; n++) {
    const bad = n % 250 === 0;
    const kind = n % 1000;
    out.push([
      `台账企业${n}有限公司`,
      bad && kind === 250 ? `${creditCode(n).slice(0, 17)}0`.replace(/0$/, creditCode(n).endsWith('0') ? '1' : '0') : creditCode(n),
      n % 3 === 0 ? '芯片园一期' : '芯片园',
      bad && kind === 500 ? '生物医药' : '集成电路',
      '封测',
      bad && kind === 750 ? '陌生拜访' : '以商引商',
      bad && kind === 0 ? '五千' : String(1000 + (n % 50) * 100),
      '2000',
      '王经理',
      '0595-85000000',
      n % 7 === 0 ? '高新技术企业、专精特新' : '',
      '2026/12/15',
      `来自 2025 年台账第 ${n} 行`,
    ]);
  }
  return out;
}

const csv = (rows: string[][]) => `\uFEFF${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;

async function upload(body: string | Uint8Array, type: string, query: string, as = managerA, accept = 'application/json') {
  const res = await app.request(`/imports/leads?${query}`, {
    method: 'POST', body, headers: { authorization: `Bearer ${await tokenFor(as)}`, 'content-type': type, accept },
  });
  return { status: res.status, text: await res.text(), res };
}

describe('ledger import', () => {
  it('reports 5,000 rows row by row, creates the good ones, and creates nothing the second time', async () => {
    const file = csv(ledger());
    const dry = JSON.parse((await upload(file, 'text/csv', 'parkId=park_a')).text);
    expect(dry).toMatchObject({ committed: false, rows: 5000, created: 4980, rejected: 20, updated: 0 });
    const rejected = dry.results.filter((r: { outcome: string }) => r.outcome === 'rejected');
    expect(rejected.map((r: { row: number }) => r.row).slice(0, 4)).toEqual([251, 501, 751, 1001]);
    expect(rejected[0].errors[0]).toMatchObject({ field: 'creditCode', message: '统一社会信用代码校验位不正确' });
    expect(rejected[1].errors[0]).toMatchObject({ field: 'chainId', message: '产业链「生物医药」不存在' });
    expect(rejected[2].errors[0].field).toBe('source');
    expect(rejected[3].errors[0]).toMatchObject({ field: 'plannedInvestment', message: '「五千」不是有效的数字' });
    const before = await call('GET', '/parks/park_a/stats', { as: managerA });
    expect(before.body.subtree.leads.total).toBe(0); // the dry run wrote nothing

    const committed = JSON.parse((await upload(file, 'text/csv', 'parkId=park_a&commit=true')).text);
    expect(committed).toMatchObject({ committed: true, created: 4980, rejected: 20 });
    const stats = await call('GET', '/parks/park_a/stats', { as: managerA });
    expect(stats.body.subtree.leads.total).toBe(4980);
    // Rows n ≡ 0 (mod 3) name 芯片园一期: 1,666 of them, 6 of those among the 20 bad rows
    // (n = 750, 1500 … 4500) → 1,660 in the sub-park, 3,320 in 芯片园 itself.
    expect(stats.body.own.leads.total).toBe(3320);
    const one = (await call('GET', '/leads?parkId=park_a1&limit=1', { as: managerA })).body.items[0];
    expect(one).toMatchObject({ parkId: 'park_a1', chainId: 'chain_ic', segmentId: 'packaging_test', source: 'tenant_referral', followUpDue: '2026-12-15' });
    expect(one.plannedInvestment % 10_000).toBe(0); // 万元 → 元

    const again = JSON.parse((await upload(file, 'text/csv', 'parkId=park_a&commit=true')).text);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4980, rejected: 20 });
    expect((await call('GET', '/parks/park_a/stats', { as: managerA })).body.subtree.leads.total).toBe(4980);
    const summary = await call('GET', `/imports/${committed.importId}`, { as: managerA });
    expect(summary.body).toMatchObject({ created: 4980, rejected: 20 });
  }, 180_000);

  it('updates what changed, reads XLSX, and reports progress as NDJSON', async () => {
    const rows = ledger(3).map((r, i) => (i === 2 ? r.map((c, j) => (j === 12 ? '已改：备注更新' : c)) : r));
    async function* gen() { yield* rows.slice(1); }
    const cols = HEADER.map((header, j) => ({ header, value: (r: string[]) => r[j] }));
    const xlsx = new Uint8Array(await new Response(xlsxStream('台账', cols, gen())).arrayBuffer());
    const res = await upload(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'parkId=park_a&commit=true', managerA, 'application/x-ndjson');
    expect(res.res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = res.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].progress.rows).toBe(3);
    expect(lines.at(-1).report).toMatchObject({ rows: 3, unchanged: 2, updated: 1 });
    expect(lines.at(-1).report.results.find((r: { outcome: string }) => r.outcome === 'updated').changes).toEqual(['notes']);
  });

  it('refuses a file without the key columns, a park outside the caller\'s scope, and viewers', async () => {
    const noKey = await upload('企业名称,联系人\r\n某公司,王\r\n', 'text/csv', 'parkId=park_a');
    expect(noKey.status).toBe(400);
    expect(JSON.parse(noKey.text).detail).toContain('统一社会信用代码');
    expect((await upload(csv(ledger(2)), 'text/csv', 'parkId=park_a', officerC)).status).toBe(400);
    expect((await upload(csv(ledger(2)), 'text/csv', 'parkId=park_a', users.viewerZ)).status).toBe(403);
    expect((await upload('x', 'application/pdf', 'parkId=park_a', officerA)).status).toBe(400);
    void zoneManager;
  });
});
