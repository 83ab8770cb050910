import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../shared/clock.ts';
import { buildWorld, call, creditCode, users } from '../fixtures/world.ts';
import { building, signing } from '../fixtures/projects.ts';
import { tableRows } from '../fixtures/table-snapshot.ts';

const { officerA, managerA, zoneManager, viewerZ } = users;

beforeAll(async () => {
  clock.set('2026-11-10T01:00:00.000Z');
  await buildWorld();
});
afterAll(() => clock.reset());

const roadshow = async (date: string, title: string) => {
  const res = await call('POST', '/roadshows', {
    as: officerA,
    body: { parkId: 'park_a', date, title, themeChainId: 'chain_ic', invitedOrganisations: [{ name: '晋江市集成电路行业协会', type: 'chamber' }] },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
};
const firm = (n: number, over: Record<string, unknown> = {}) => ({
  creditCode: creditCode(n), firmName: `参会企业${n}`, contact: { name: `联系人${n}`, phone: '13900000000' }, segmentId: 'packaging_test', ...over,
});
const results = async (id: string) => (await call('GET', `/roadshows/${id}/results`, { as: viewerZ })).body;
const leadOf = async (n: number) => {
  const list = await call('GET', '/leads?parkId=park_a&limit=100', { as: managerA });
  return list.body.items.filter((l: { creditCode: string }) => l.creditCode === creditCode(n));
};
const move = async (leadId: string, ...stages: string[]) => {
  for (const to of stages) expect((await call('POST', `/leads/${leadId}/stage`, { as: officerA, body: { to } })).status).toBe(200);
};

describe('roadshow check-in link', () => {
  it('creates exactly one lead attributed to the roadshow, even when submitted twice', async () => {
    const id = await roadshow('2026-11-10', '集成电路场景招商推介会');
    const link = (await call('GET', `/roadshows/${id}/check-in-link`, { as: officerA })).body;
    const token = new URL(link.url, 'http://x').searchParams.get('t');
    const page = await call('GET', `/check-in?t=${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('集成电路场景招商推介会');
    const first = await call('POST', `/check-in?t=${token}`, { body: firm(1, { onSiteIntent: true }) });
    const again = await call('POST', `/check-in?t=${token}`, { body: firm(1, { onSiteIntent: true }) });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.leadId).toBe(first.body.leadId);
    const leads = await leadOf(1);
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ source: 'roadshow', roadshowId: id, ownerId: null });
    expect(await results(id)).toMatchObject({ attendees: 1, onSiteIntents: 1, leadsCreated: 1 });
  });

  it('answers a forged or expired token with 401 and writes nothing', async () => {
    const id = await roadshow('2026-11-12', '智能装备场景招商');
    const { token } = (await call('GET', `/roadshows/${id}/check-in-link?validHours=2`, { as: officerA })).body;
    const before = await tableRows();
    const forged = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    const res1 = await call('POST', `/check-in?t=${forged}`, { body: firm(2) });
    expect(res1.status).toBe(401);
    expect(res1.headers.get('content-type')).toContain('application/problem+json');
    clock.advance(3 * 3600_000);
    const res2 = await call('POST', `/check-in?t=${token}`, { body: firm(2) });
    expect(res2.status).toBe(401);
    expect(res2.body.detail).toContain('过期');
    expect((await call('POST', '/check-in', { body: firm(2) })).status).toBe(400);
    expect(await tableRows()).toEqual(before);
    clock.set('2026-11-10T01:00:00.000Z');
  });
});

describe('roadshow results, worked by hand', () => {
  it('counts leads reached once and credits each project to the roadshow that created its lead', async () => {
    clock.set('2026-11-15T01:00:00.000Z');
    const r1 = await roadshow('2026-11-15', '芯片封测专场');
    const r2 = await roadshow('2026-11-20', '芯片封测专场（第二批）');
    // At R1: three new firms (10, 11, 12).
    for (const n of [10, 11, 12]) {
      expect((await call('POST', `/roadshows/${r1}/attendees`, { as: officerA, body: firm(n) })).status).toBe(201);
    }
    const [f10] = await leadOf(10);
    const [f11] = await leadOf(11);
    // Firm 10: contacted → visited → negotiating → signed (3,000 m², 1亿).
    await move(f10.id, 'contacted', 'visited', 'negotiating');
    const b = await building(managerA, 'park_a', [3000]);
    const signed = await call('POST', `/leads/${f10.id}/sign`, { as: officerA, body: signing({ signedAt: '2026-11-15', totalInvestment: 100_000_000, fixedAssetInvestment: 60_000_000, units: [{ buildingId: b.id, unitId: b.units[0] }], milestones: { construction_started: '2026-12-01', completed: '2027-03-01', in_production: '2027-06-01', at_capacity: '2028-06-01' } }) });
    expect(signed.status).toBe(201);
    expect(signed.body.project.roadshowId).toBe(r1);
    // Firm 11: contacted → visited → on hold → back to visited: reached "visited" once.
    await move(f11.id, 'contacted', 'visited', 'on_hold', 'visited');
    // At R2: firm 10 again (its project signed, so this is an expansion lead, attributed to R2),
    // and firm 11 (already chased: no new lead, R1 keeps it).
    clock.set('2026-11-20T01:00:00.000Z');
    expect((await call('POST', `/roadshows/${r2}/attendees`, { as: officerA, body: firm(10, { firmName: '参会企业10（二期）' }) })).body.leadCreated).toBe(true);
    expect((await call('POST', `/roadshows/${r2}/attendees`, { as: officerA, body: firm(11) })).body.leadCreated).toBe(false);
    const expansion = (await leadOf(10)).find((l: { roadshowId: string }) => l.roadshowId === r2);
    await move(expansion.id, 'contacted', 'visited', 'negotiating');
    const more = await call('POST', `/leads/${expansion.id}/sign`, { as: officerA, body: signing({ signedAt: '2026-11-20', totalInvestment: 50_000_000, fixedAssetInvestment: 30_000_000, landMu: 10, milestones: { construction_started: '2026-12-01', completed: '2027-03-01', in_production: '2027-06-01', at_capacity: '2028-06-01' } }) });
    expect(more.body.countedAs).toBe('capital_increase');

    // R1: 3 attendees, 3 new leads; visited: firms 10 and 11 → 2; negotiating: firm 10 → 1;
    // signed: firm 10's project → 1, 3,000 m², 1亿.
    expect(await results(r1)).toMatchObject({
      attendees: 3, leadsCreated: 3, reachedVisit: 2, reachedNegotiation: 1, signed: 1, signedM2: 3000, signedInvestment: 100_000_000,
    });
    // R2: 2 attendees, 1 new lead (the expansion) that reached negotiation — but its signing added to
    // firm 10's existing project, which stays credited to R1: signed 0.
    expect(await results(r2)).toMatchObject({
      attendees: 2, leadsCreated: 1, reachedVisit: 1, reachedNegotiation: 1, signed: 0, signedM2: 0, signedInvestment: 0,
    });
    const timeline = await call('GET', `/leads/${f11.id}/activities`, { as: officerA });
    expect(timeline.body.items[0].summary).toContain('芯片封测专场（第二批）');
  });

  it('shows the monthly cadence: which parks held or planned one, and which have none', async () => {
    const res = await call('GET', '/roadshows/cadence?parkId=zone_z&month=2026-11', { as: zoneManager });
    expect(res.status).toBe(200);
    const a = res.body.parks.find((p: { parkId: string }) => p.parkId === 'park_a');
    expect(a.held + a.planned).toBe(4);
    expect(res.body.parksWithNone).toEqual([{ parkId: 'park_b', parkName: '装备园' }]);
  });
});
