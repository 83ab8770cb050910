import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.ts';
import { buildWorld, call, leadInput, tokenFor, users } from '../fixtures/world.ts';

const { officerA, officerC, viewerZ } = users;

beforeAll(async () => {
  await buildWorld();
  for (let n = 1; n <= 130; n++) await call('POST', '/leads', { as: officerA, body: leadInput(n, { firmName: n === 7 ? '=HYPERLINK("x"),"引号"企业' : `晋江测试企业${n}` }) });
});

const download = async (path: string, as = viewerZ) => {
  const res = await app.request(path, { headers: { authorization: `Bearer ${await tokenFor(as)}` } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
};

describe('exports', () => {
  it('streams leads as CSV with a BOM, Chinese headers, every page, and safe cells', async () => {
    const { res, bytes } = await download('/exports/leads?format=csv&parkId=park_a');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('leads-');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes); // the decoder drops the BOM
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^线索编号,企业名称,统一社会信用代码/);
    expect(lines).toHaveLength(131); // header + 130 rows over two pages of 100
    expect(text).toContain('晋江测试企业130');
    // A cell that Excel would run as a formula is neutralised; quotes are doubled.
    expect(text).toContain('"\'=HYPERLINK(""x""),""引号""企业"');
  });

  it('streams the same rows as XLSX that opens as a workbook', async () => {
    const { res, bytes } = await download('/exports/leads?format=xlsx&parkId=park_a&source=tenant_referral');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)).toHaveLength(131);
    expect(sheet).toContain('<t xml:space="preserve">企业名称</t>');
    expect(sheet).toContain('晋江测试企业1</t>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="招商线索"');
  });

  it('honours filters and scope: a park outside the caller\'s is an error, not a file', async () => {
    const filtered = await download('/exports/leads?format=csv&parkId=park_a&stage=signed');
    expect(new TextDecoder().decode(filtered.bytes).trimEnd().split('\r\n')).toHaveLength(1);
    const { res } = await download('/exports/leads?format=csv&parkId=park_a', officerC);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const projects = await download('/exports/projects?format=xlsx&parkId=zone_z');
    expect(projects.res.status).toBe(200);
    const roadshows = await download('/exports/roadshows?format=csv&parkId=zone_z');
    expect(new TextDecoder().decode(roadshows.bytes)).toContain('活动,日期,园区');
  });
});
