import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/auth/principal.ts';
import { app } from '../../functions/api/app.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { negotiatingLead, signing } from '../fixtures/projects.ts';

const { admin, officerA, officerC, managerC, viewerZ, managerA } = users;

/** [caller, status, field]: 400 only where the out-of-scope park is named in the body or query. */
type Denial = [Principal, 403 | 404] | [Principal, 400, string];
type Case = { method: string; path: string; body?: unknown; headers?: Record<string, string>; denied: Denial[] };

let leadId: string;
let unitPath: string;
let bldgPath: string;
let projectId: string;
let blockerId: string;
let roadshowId: string;

/** Every route of the API (from its own OpenAPI document), minus the public ones (`security: []`). */
function documentedRoutes(): string[] {
  const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '0' } });
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { security?: unknown[] }>)
      .filter(([, op]) => !(Array.isArray(op.security) && op.security.length === 0))
      .map(([method]) => `${method.toUpperCase()} ${path}`));
}

beforeAll(async () => {
  await buildWorld();
  leadId = (await call('POST', '/leads', { as: officerA, body: leadInput(1) })).body.id;
  const created = await call('POST', '/parks/park_a/buildings', { as: managerA, body: { name: '1号厂房', units: [{ name: '1F', areaM2: 1200 }] } });
  bldgPath = `/parks/park_a/buildings/${created.body.building.id}`;
  unitPath = `${bldgPath}/units/${created.body.units[0].id}`;
  const signed = await call('POST', `/leads/${await negotiatingLead(officerA, 2)}/sign`, { as: officerA, body: signing({ landMu: 10 }) });
  projectId = signed.body.project.id;
  roadshowId = (await call('POST', '/roadshows', { as: officerA, body: { parkId: 'park_a', date: '2026-12-01', title: '封测专场', themeChainId: 'chain_ic' } })).body.id;
  blockerId = (await call('POST', '/blockers', { as: officerA, body: { subject: { type: 'project', id: projectId }, description: '电力增容', category: 'utilities', department: '供电公司' } })).body.id;
});

/** The authorization matrix: for each route, callers that must be refused and how. */
const cases = (): Record<string, Case> => ({
  'GET /me': { method: 'GET', path: '/me', denied: [] },
  'POST /parks': { method: 'POST', path: '/parks', body: { name: '新园区', level: 'park', parentId: 'zone_z', leadingChainIds: ['chain_ic'] }, denied: [[officerA, 403], [viewerZ, 403], [managerA, 400, 'parentId']] },
  'GET /parks': { method: 'GET', path: '/parks?parentId=zone_z', denied: [[officerC, 404]] },
  'GET /parks/{parkId}': { method: 'GET', path: '/parks/park_a', denied: [[officerC, 404]] },
  'GET /parks/{parkId}/children': { method: 'GET', path: '/parks/park_a/children', denied: [[officerC, 404]] },
  'PATCH /parks/{parkId}': { method: 'PATCH', path: '/parks/park_a', body: { name: '改名' }, headers: { 'if-match': '"1"' }, denied: [[officerA, 403], [viewerZ, 403], [managerC, 404]] },
  'DELETE /parks/{parkId}': { method: 'DELETE', path: '/parks/park_b', headers: { 'if-match': '"1"' }, denied: [[officerA, 403], [viewerZ, 403], [managerA, 404], [managerC, 404]] },
  'GET /parks/{parkId}/stats': { method: 'GET', path: '/parks/park_a/stats', denied: [[officerC, 404]] },
  'POST /parks/{parkId}/buildings': { method: 'POST', path: '/parks/park_a/buildings', body: { name: '2号厂房' }, denied: [[officerA, 403], [viewerZ, 403], [managerC, 404]] },
  'GET /parks/{parkId}/buildings': { method: 'GET', path: '/parks/park_a/buildings', denied: [[officerC, 404]] },
  'GET /parks/{parkId}/buildings/{buildingId}': { method: 'GET', path: bldgPath, denied: [[officerC, 404]] },
  'POST /parks/{parkId}/buildings/{buildingId}/units': { method: 'POST', path: `${bldgPath}/units`, body: { units: [{ name: '2F', areaM2: 900 }] }, denied: [[officerA, 403], [viewerZ, 403], [managerC, 404]] },
  'GET /parks/{parkId}/buildings/{buildingId}/units': { method: 'GET', path: `${bldgPath}/units`, denied: [[officerC, 404]] },
  'GET /parks/{parkId}/buildings/{buildingId}/units/{unitId}': { method: 'GET', path: unitPath, denied: [[officerC, 404]] },
  'PATCH /parks/{parkId}/buildings/{buildingId}/units/{unitId}': { method: 'PATCH', path: unitPath, body: { name: '一层' }, headers: { 'if-match': '"1"' }, denied: [[officerA, 403], [viewerZ, 403], [managerC, 404]] },
  'POST /parks/{parkId}/buildings/{buildingId}/units/{unitId}/status': { method: 'POST', path: `${unitPath}/status`, body: { to: 'reserved' }, denied: [[officerA, 403], [viewerZ, 403], [managerC, 404]] },
  'POST /chains': { method: 'POST', path: '/chains', body: { name: '新能源', segments: [{ id: 'cell', name: '电芯', position: 'midstream' }] }, denied: [[managerA, 403], [officerA, 403], [viewerZ, 403]] },
  'GET /chains': { method: 'GET', path: '/chains', denied: [] },
  'GET /chains/{chainId}': { method: 'GET', path: '/chains/chain_ic', denied: [] },
  'PATCH /chains/{chainId}': { method: 'PATCH', path: '/chains/chain_ic', body: { description: '改' }, headers: { 'if-match': '"1"' }, denied: [[managerA, 403], [officerA, 403], [viewerZ, 403]] },
  'POST /leads': { method: 'POST', path: '/leads', body: leadInput(50), denied: [[viewerZ, 403], [officerC, 400, 'parkId']] },
  'GET /leads': { method: 'GET', path: '/leads?parkId=park_a', denied: [[officerC, 400, 'parkId']] },
  'GET /leads/{leadId}': { method: 'GET', path: `/leads/${leadId}`, denied: [[officerC, 404]] },
  'PATCH /leads/{leadId}': { method: 'PATCH', path: `/leads/${leadId}`, body: { notes: '改' }, headers: { 'if-match': '"1"' }, denied: [[viewerZ, 403], [officerC, 404]] },
  'DELETE /leads/{leadId}': { method: 'DELETE', path: `/leads/${leadId}`, headers: { 'if-match': '"1"' }, denied: [[viewerZ, 403], [officerC, 404]] },
  'POST /leads/{leadId}/stage': { method: 'POST', path: `/leads/${leadId}/stage`, body: { to: 'contacted' }, denied: [[viewerZ, 403], [officerC, 404]] },
  'POST /leads/{leadId}/activities': { method: 'POST', path: `/leads/${leadId}/activities`, body: { kind: 'call', summary: '电话' }, denied: [[viewerZ, 403], [officerC, 404]] },
  'GET /leads/{leadId}/activities': { method: 'GET', path: `/leads/${leadId}/activities`, denied: [[officerC, 404]] },
  'GET /parks/{parkId}/take-up': { method: 'GET', path: '/parks/park_a/take-up', denied: [[officerC, 404]] },
  'GET /parks/{parkId}/periods/{period}': { method: 'GET', path: '/parks/park_a/periods/2026-Q4', denied: [[officerC, 404]] },
  'POST /leads/{leadId}/sign': { method: 'POST', path: `/leads/${leadId}/sign`, body: signing({ landMu: 10 }), denied: [[viewerZ, 403], [officerC, 404]] },
  'GET /projects': { method: 'GET', path: '/projects?parkId=park_a', denied: [[officerC, 400, 'parkId']] },
  'GET /projects/{projectId}': { method: 'GET', path: `/projects/${projectId}`, denied: [[officerC, 404]] },
  'POST /projects/{projectId}/milestones/{milestone}': { method: 'POST', path: `/projects/${projectId}/milestones/construction_started`, body: { actualDate: '2026-04-01' }, denied: [[viewerZ, 403], [officerC, 404]] },
  'POST /projects/{projectId}/capital-increases': { method: 'POST', path: `/projects/${projectId}/capital-increases`, body: { signedAt: '2026-10-01', totalInvestment: 300_000_000, fixedAssetInvestment: 200_000_000 }, denied: [[viewerZ, 403], [officerC, 404]] },
  'PUT /projects/{projectId}/reports/{period}': { method: 'PUT', path: `/projects/${projectId}/reports/2026-09`, body: { outputValue: 1, tax: 1, fixedAssetInvestment: 1 }, denied: [[viewerZ, 403], [officerC, 404]] },
  'GET /projects/{projectId}/reports': { method: 'GET', path: `/projects/${projectId}/reports`, denied: [[officerC, 404]] },
  'POST /blockers': { method: 'POST', path: '/blockers', body: { subject: { type: 'project', id: projectId }, description: '用工', category: 'labour', department: '人社局' }, denied: [[viewerZ, 403], [officerC, 400, 'subject.id']] },
  'GET /blockers': { method: 'GET', path: '/blockers?parkId=park_a&status=open', denied: [[officerC, 400, 'parkId']] },
  'GET /blockers/{blockerId}': { method: 'GET', path: `/blockers/${blockerId}`, denied: [[officerC, 404]] },
  'PATCH /blockers/{blockerId}': { method: 'PATCH', path: `/blockers/${blockerId}`, body: { department: '发改局' }, headers: { 'if-match': '"1"' }, denied: [[viewerZ, 403], [officerC, 404]] },
  'POST /blockers/{blockerId}/status': { method: 'POST', path: `/blockers/${blockerId}/status`, body: { to: 'escalated' }, denied: [[viewerZ, 403], [officerC, 404]] },
  'POST /roadshows': { method: 'POST', path: '/roadshows', body: { parkId: 'park_a', date: '2026-12-10', title: '装备专场', themeChainId: 'chain_ic' }, denied: [[viewerZ, 403], [officerC, 400, 'parkId']] },
  'GET /roadshows': { method: 'GET', path: '/roadshows?parkId=park_a', denied: [[officerC, 400, 'parkId']] },
  'GET /roadshows/cadence': { method: 'GET', path: '/roadshows/cadence?parkId=zone_z&month=2026-12', denied: [[officerC, 400, 'parkId']] },
  'GET /roadshows/{roadshowId}': { method: 'GET', path: `/roadshows/${roadshowId}`, denied: [[officerC, 404]] },
  'PATCH /roadshows/{roadshowId}': { method: 'PATCH', path: `/roadshows/${roadshowId}`, body: { notes: '改' }, headers: { 'if-match': '"1"' }, denied: [[viewerZ, 403], [officerC, 404]] },
  'POST /roadshows/{roadshowId}/status': { method: 'POST', path: `/roadshows/${roadshowId}/status`, body: { to: 'held' }, denied: [[viewerZ, 403], [officerC, 404]] },
  'POST /roadshows/{roadshowId}/attendees': { method: 'POST', path: `/roadshows/${roadshowId}/attendees`, body: { creditCode: leadInput(60).creditCode, firmName: '参会企业', contact: { name: '王' } }, denied: [[viewerZ, 403], [officerC, 404]] },
  'POST /roadshows/{roadshowId}/attendees/import': { method: 'POST', path: `/roadshows/${roadshowId}/attendees/import`, body: { attendees: [{}] }, denied: [[viewerZ, 403], [officerC, 404]] },
  'GET /roadshows/{roadshowId}/attendees': { method: 'GET', path: `/roadshows/${roadshowId}/attendees`, denied: [[officerC, 404]] },
  'GET /roadshows/{roadshowId}/results': { method: 'GET', path: `/roadshows/${roadshowId}/results`, denied: [[officerC, 404]] },
  'GET /roadshows/{roadshowId}/check-in-link': { method: 'GET', path: `/roadshows/${roadshowId}/check-in-link`, denied: [[viewerZ, 403], [officerC, 404]] },
  'GET /leads/{leadId}/fit': { method: 'GET', path: `/leads/${leadId}/fit`, denied: [[officerC, 404]] },
  'GET /parks/{parkId}/chain-map': { method: 'GET', path: '/parks/park_a/chain-map', denied: [[officerC, 404]] },
  'GET /metrics/parks/{parkId}': { method: 'GET', path: '/metrics/parks/park_a', denied: [[officerC, 404]] },
  'GET /exports/leads': { method: 'GET', path: '/exports/leads?parkId=park_a', denied: [[officerC, 400, 'parkId']] },
  'GET /exports/projects': { method: 'GET', path: '/exports/projects?parkId=park_a', denied: [[officerC, 400, 'parkId']] },
  'GET /exports/roadshows': { method: 'GET', path: '/exports/roadshows?parkId=park_a', denied: [[officerC, 400, 'parkId']] },
  'GET /me/escalations': { method: 'GET', path: '/me/escalations', denied: [] },
  'POST /imports/leads': { method: 'POST', path: '/imports/leads?parkId=park_a', body: '企业名称,统一社会信用代码,产业链\r\n', headers: { 'content-type': 'text/csv' }, denied: [[viewerZ, 403], [officerC, 400, 'parkId']] },
  'POST /webhooks': { method: 'POST', path: '/webhooks', body: { url: 'http://127.0.0.1:9/x', events: ['lead.created'] }, denied: [[managerA, 403], [officerA, 403], [viewerZ, 403]] },
  'GET /webhooks': { method: 'GET', path: '/webhooks', denied: [[managerA, 403], [viewerZ, 403]] },
  'GET /webhooks/{webhookId}': { method: 'GET', path: '/webhooks/whk_x', denied: [[managerA, 403], [viewerZ, 403]] },
  'DELETE /webhooks/{webhookId}': { method: 'DELETE', path: '/webhooks/whk_x', denied: [[managerA, 403], [officerA, 403]] },
  'GET /webhooks/{webhookId}/deliveries': { method: 'GET', path: '/webhooks/whk_x/deliveries', denied: [[managerA, 403], [viewerZ, 403]] },
  'GET /digests/preview': { method: 'GET', path: `/digests/preview?userId=${users.officerA.userId}`, denied: [[officerC, 404]] },
  'POST /digests/run': { method: 'POST', path: '/digests/run?week=2026-W01', denied: [[managerA, 403], [viewerZ, 403]] },
  'GET /imports/{importId}': { method: 'GET', path: '/imports/imp_unknown', denied: [[officerC, 404]] },
});

describe('authorization on every route', () => {
  it('has a case for every documented route', () => {
    expect(Object.keys(cases()).sort()).toEqual(documentedRoutes().sort());
  });

  it('answers 401 problem+json without a token, and with a forged one', async () => {
    for (const c of Object.values(cases())) {
      const anonymous = await call(c.method, c.path, { body: c.body, headers: c.headers });
      expect(anonymous.status, `${c.method} ${c.path}`).toBe(401);
      expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
      const forged = await call(c.method, c.path, { body: c.body, headers: { ...c.headers, authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' } });
      expect(forged.status, `${c.method} ${c.path} forged`).toBe(401);
    }
  });

  it('refuses the wrong role with 403 and the wrong park with 404 (or a field error naming parkId)', async () => {
    for (const [route, c] of Object.entries(cases())) {
      for (const [who, status, field] of c.denied) {
        const res = await call(c.method, c.path, { as: who, body: c.body, headers: c.headers });
        expect(res.status, `${route} as ${who.userId}`).toBe(status);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        if (field) expect(res.body.errors[0].field).toBe(field);
      }
    }
  });

  it('lets the right people through (the matrix is not refusing everyone)', async () => {
    expect((await call('GET', `/leads/${leadId}`, { as: viewerZ })).status).toBe(200);
    expect((await call('GET', '/parks/park_a/stats', { as: officerA })).status).toBe(200);
    expect((await call('POST', `${unitPath}/status`, { as: managerA, body: { to: 'reserved' } })).status).toBe(200);
    expect((await call('PATCH', '/chains/chain_ic', { as: admin, body: { description: '芯片' }, headers: { 'if-match': '"1"' } })).status).toBe(200);
    expect((await call('GET', `/projects/${projectId}`, { as: viewerZ })).status).toBe(200);
    expect((await call('POST', `/blockers/${blockerId}/status`, { as: managerA, body: { to: 'escalated' } })).status).toBe(200);
    expect((await call('GET', '/blockers?parkId=zone_z&status=escalated', { as: viewerZ })).body.items).toHaveLength(1);
  });
});
