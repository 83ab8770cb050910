import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { building, negotiatingLead, signing } from '../fixtures/projects.ts';
import { tableRows } from '../fixtures/table-snapshot.ts';

const { officerA, managerA, admin } = users;
let leadId: string;
let readyId: string;
let projectId: string;
let unit: { buildingId: string; unitId: string };
let roadshowId: string;

beforeAll(async () => {
  await buildWorld();
  leadId = (await call('POST', '/leads', { as: officerA, body: leadInput(1) })).body.id;
  readyId = await negotiatingLead(officerA, 500);
  projectId = (await call('POST', `/leads/${await negotiatingLead(officerA, 501)}/sign`, { as: officerA, body: signing({ landMu: 10 }) })).body.project.id;
  const b = await building(managerA, 'park_a', [1000]);
  unit = { buildingId: b.id, unitId: b.units[0]! };
  roadshowId = (await call('POST', '/roadshows', { as: officerA, body: { parkId: 'park_a', date: '2026-12-01', title: '封测专场', themeChainId: 'chain_ic' } })).body.id;
});

/** Each case: a bad request, the field the problem must name, and its status. */
const badRequests = () => [
  { name: 'wrong type', method: 'POST', path: '/leads', body: leadInput(2, { plannedInvestment: '五千万' }), field: 'plannedInvestment', status: 400 },
  { name: 'unknown field', method: 'POST', path: '/leads', body: leadInput(2, { favouriteColour: 'red' }), field: 'favouriteColour', status: 400 },
  { name: 'unknown nested field', method: 'POST', path: '/leads', body: leadInput(2, { contact: { name: '王', wechat: 'x' } }), field: 'contact.wechat', status: 400 },
  { name: 'bad credit code (check char)', method: 'POST', path: '/leads', body: leadInput(2, { creditCode: '91350582000000002X' }), field: 'creditCode', status: 400 },
  { name: 'bad credit code (length)', method: 'POST', path: '/leads', body: leadInput(2, { creditCode: '9135058200' }), field: 'creditCode', status: 400 },
  { name: 'segment not in chain', method: 'POST', path: '/leads', body: leadInput(2, { segmentId: 'rnd' }), field: 'segmentId', status: 400 },
  { name: 'unknown chain', method: 'POST', path: '/leads', body: leadInput(2, { chainId: 'chain_nope' }), field: 'chainId', status: 400 },
  { name: 'owner outside the park', method: 'POST', path: '/leads', body: leadInput(2, { ownerId: users.officerB.userId }), field: 'ownerId', status: 400 },
  { name: 'bad enum', method: 'POST', path: '/leads', body: leadInput(2, { source: 'cold_call' }), field: 'source', status: 400 },
  { name: 'malformed JSON', method: 'POST', path: '/leads', body: '{"parkId": ', field: '(body)', status: 400 },
  { name: 'illegal stage jump', method: 'POST', path: `/leads/${leadId}/stage`, body: { to: 'signed' }, field: 'to', status: 409 },
  { name: 'unknown stage', method: 'POST', path: `/leads/${leadId}/stage`, body: { to: 'won' }, field: 'to', status: 400 },
  { name: 'lost without a reason', method: 'POST', path: `/leads/${leadId}/stage`, body: { to: 'lost' }, field: 'reason', status: 409 },
  { name: 'oversize page', method: 'GET', path: '/leads?parkId=park_a&limit=1000', field: 'limit', status: 400 },
  { name: 'forged cursor', method: 'GET', path: `/leads?parkId=park_a&cursor=${Buffer.from(JSON.stringify({ pk: 'USER#u_admin', sk: 'USER', gsi2pk: 'PARK#park_c#LEADS', gsi2sk: 'x' })).toString('base64url')}`, field: 'cursor', status: 400 },
  { name: 'unknown query parameter', method: 'GET', path: '/leads?parkId=park_a&sort=desc', field: 'sort', status: 400 },
  { name: 'PATCH with nothing', method: 'PATCH', path: `/leads/${leadId}`, body: {}, headers: { 'if-match': '"1"' }, field: '(body)', status: 400 },
  { name: 'PATCH of a fixed field', method: 'PATCH', path: `/leads/${leadId}`, body: { creditCode: '9144030071526726XG' }, headers: { 'if-match': '"1"' }, field: 'creditCode', status: 400 },
  { name: 'bad If-Match', method: 'PATCH', path: `/leads/${leadId}`, body: { notes: 'x' }, headers: { 'if-match': 'yesterday' }, field: 'If-Match', status: 400 },
  { name: 'activity in the future', method: 'POST', path: `/leads/${leadId}/activities`, body: { kind: 'call', summary: '电话', occurredAt: '2099-01-01T00:00:00+08:00' }, field: 'occurredAt', status: 400 },
  { name: 'park: too many chains', method: 'POST', path: '/parks', body: { name: '新园', level: 'park', parentId: 'zone_z', leadingChainIds: ['a', 'b', 'c', 'd'] }, field: 'leadingChainIds', status: 400, as: admin },
  { name: 'park: wrong level under parent', method: 'POST', path: '/parks', body: { name: '新园', level: 'subpark', parentId: 'zone_z', leadingChainIds: ['chain_ic'] }, field: 'parentId', status: 400, as: admin },
  { name: 'chain: edge to a missing segment', method: 'POST', path: '/chains', body: { name: '新链', segments: [{ id: 'a1', name: '甲', position: 'upstream', customerIds: ['zz'] }] }, field: 'segments.0.customerIds.0', status: 400, as: admin },
  { name: 'building: negative area', method: 'POST', path: '/parks/park_a/buildings', body: { name: '9号楼', units: [{ name: '1F', areaM2: -5 }] }, field: 'units.0.areaM2', status: 400, as: managerA },
  { name: 'building: too many units', method: 'POST', path: '/parks/park_a/buildings', body: { name: '9号楼', units: Array.from({ length: 91 }, (_, i) => ({ name: `${i}F`, areaM2: 100 })) }, field: 'units', status: 400, as: managerA },
  { name: 'sign: fixed asset above total', method: 'POST', path: `/leads/${readyId}/sign`, body: signing({ landMu: 10, fixedAssetInvestment: 300_000_000 }), field: 'fixedAssetInvestment', status: 400 },
  { name: 'sign: neither units nor land', method: 'POST', path: `/leads/${readyId}/sign`, body: signing(), field: 'units', status: 400 },
  { name: 'sign: milestones out of order', method: 'POST', path: `/leads/${readyId}/sign`, body: signing({ landMu: 10, milestones: { construction_started: '2026-04-01', completed: '2026-03-01', in_production: '2026-12-31', at_capacity: '2027-12-31' } }), field: 'milestones.completed', status: 400 },
  { name: 'sign: unknown unit', method: 'POST', path: `/leads/${readyId}/sign`, body: signing({ units: [{ buildingId: unit.buildingId, unitId: 'unit_nope' }] }), field: 'units.0.unitId', status: 400 },
  { name: 'sign: unit named twice', method: 'POST', path: `/leads/${readyId}/sign`, body: signing({ units: [unit, unit] }), field: 'units.1.unitId', status: 400 },
  { name: 'sign: unknown field', method: 'POST', path: `/leads/${readyId}/sign`, body: signing({ landMu: 10, discount: 5 }), field: 'discount', status: 400 },
  { name: 'milestone: unknown milestone', method: 'POST', path: `/projects/${projectId}/milestones/groundbreaking`, body: { actualDate: '2026-04-01' }, field: 'milestone', status: 400 },
  { name: 'milestone: bad date', method: 'POST', path: `/projects/${projectId}/milestones/construction_started`, body: { actualDate: '2026-13-01' }, field: 'actualDate', status: 400 },
  { name: 'report: bad period', method: 'PUT', path: `/projects/${projectId}/reports/2026-13`, body: { outputValue: 1, tax: 1, fixedAssetInvestment: 1 }, field: 'period', status: 400 },
  { name: 'report: negative tax', method: 'PUT', path: `/projects/${projectId}/reports/2026-09`, body: { outputValue: 1, tax: -1, fixedAssetInvestment: 1 }, field: 'tax', status: 400 },
  { name: 'capital increase: not an increase', method: 'POST', path: `/projects/${projectId}/capital-increases`, body: { signedAt: '2026-10-01', totalInvestment: 1, fixedAssetInvestment: 1 }, field: 'totalInvestment', status: 400 },
  { name: 'projects: unknown late list', method: 'GET', path: '/projects?parkId=park_a&late=never', field: 'late', status: 400 },
  { name: 'blocker: unknown category', method: 'POST', path: '/blockers', body: { subject: { type: 'lead', id: leadId }, description: '问题描述', category: 'weather', department: '气象局' }, field: 'category', status: 400 },
  { name: 'blocker: unknown subject type', method: 'POST', path: '/blockers', body: { subject: { type: 'park', id: 'park_a' }, description: '问题描述', category: 'other', department: '某局' }, field: 'subject.type', status: 400 },
  { name: 'blocker list: zone without status', method: 'GET', path: '/blockers?parkId=zone_z', field: 'status', status: 400, as: users.zoneManager },
  { name: 'take-up: too many weeks', method: 'GET', path: '/parks/park_a/take-up?weeks=500', field: 'weeks', status: 400 },
  { name: 'roadshow: bad date', method: 'POST', path: '/roadshows', body: { parkId: 'park_a', date: '2026-02-30', title: '专场', themeChainId: 'chain_ic' }, field: 'date', status: 400 },
  { name: 'roadshow: unknown chain', method: 'POST', path: '/roadshows', body: { parkId: 'park_a', date: '2026-12-01', title: '专场', themeChainId: 'chain_nope' }, field: 'themeChainId', status: 400 },
  { name: 'roadshow: unknown organisation type', method: 'POST', path: '/roadshows', body: { parkId: 'park_a', date: '2026-12-01', title: '专场', themeChainId: 'chain_ic', invitedOrganisations: [{ name: '某基金', type: 'bank' }] }, field: 'invitedOrganisations.0.type', status: 400 },
  { name: 'roadshow: unknown showcased unit', method: 'POST', path: '/roadshows', body: { parkId: 'park_a', date: '2026-12-01', title: '专场', themeChainId: 'chain_ic', showcasedUnits: [{ buildingId: unit.buildingId, unitId: 'unit_nope' }] }, field: 'showcasedUnits.0.unitId', status: 400 },
  { name: 'attendee: bad credit code', method: 'POST', path: `/roadshows/${roadshowId}/attendees`, body: { creditCode: '123', firmName: '企业', contact: { name: '王' } }, field: 'creditCode', status: 400 },
  { name: 'check-in link: zero hours', method: 'GET', path: `/roadshows/${roadshowId}/check-in-link?validHours=0`, field: 'validHours', status: 400 },
  { name: 'cadence: bad month', method: 'GET', path: '/roadshows/cadence?parkId=park_a&month=2026-13', field: 'month', status: 400 },
  { name: 'metrics: bad date', method: 'GET', path: '/metrics/parks/park_a?date=yesterday', field: 'date', status: 400 },
  { name: 'export: unknown format', method: 'GET', path: '/exports/leads?parkId=park_a&format=pdf', field: 'format', status: 400 },
  { name: 'leads: fit order needs one park', method: 'GET', path: '/leads?parkId=park_a&sort=fit', field: 'sort', status: 400 },
  { name: 'webhook: not a URL', method: 'POST', path: '/webhooks', body: { url: 'ftp:/nowhere', events: ['lead.created'] }, field: 'url', status: 400, as: admin },
  { name: 'webhook: unknown event', method: 'POST', path: '/webhooks', body: { url: 'https://example.cn/hook', events: ['lead.won'] }, field: 'events.0', status: 400, as: admin },
  { name: 'digest: bad week', method: 'GET', path: '/digests/preview?week=2026-48', field: 'week', status: 400 },
  { name: 'digest run: future week', method: 'POST', path: '/digests/run?week=2099-W01', field: 'week', status: 400, as: admin },
  { name: 'park: robot URL not a URL', method: 'PATCH', path: '/parks/park_a', body: { digestRobotUrl: 'wecom' }, headers: { 'if-match': '"1"' }, field: 'digestRobotUrl', status: 400, as: admin },
  { name: 'period: bad period', method: 'GET', path: '/parks/park_a/periods/2026-Q5', field: 'period', status: 400 },
];

describe('bad input', () => {
  it('gets a 4xx problem+json naming the field, and the table is unchanged', async () => {
    for (const c of badRequests()) {
      const before = await tableRows();
      const res = await call(c.method, c.path, { as: c.as ?? officerA, body: c.body, headers: { ...(c.headers ?? {}), 'idempotency-key': `k-${c.name.replace(/\W+/g, '-')}` } });
      expect(res.status, c.name).toBe(c.status);
      expect(res.headers.get('content-type'), c.name).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field), c.name).toContain(c.field);
      expect(typeof res.body.code).toBe('string');
      expect(await tableRows(), `${c.name} wrote something`).toEqual(before);
    }
  });

  it('speaks Chinese to people', async () => {
    const res = await call('POST', '/leads', { as: officerA, body: leadInput(3, { plannedInvestment: '五千万' }) });
    expect(res.body.detail).toBe('请求参数有误');
    expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
