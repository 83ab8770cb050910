import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';

const { admin, zoneManager, managerA, officerA, viewerZ } = users;

beforeAll(buildWorld);

describe('parks', () => {
  it('forms a tree: children listing, path and zone derived from the parent', async () => {
    const children = await call('GET', '/parks/zone_z/children', { as: viewerZ });
    expect(children.body.items.map((p: { id: string }) => p.id).sort()).toEqual(['park_a', 'park_b']);
    const created = await call('POST', '/parks', {
      as: zoneManager,
      body: { name: '新材料园', level: 'park', parentId: 'zone_z', managementMode: 'joint', landAreaMu: 820.5, leadingChainIds: ['chain_ic'], annualTargets: { 2026: { signedInvestment: 3_000_000_000, spaceTakeUpM2: 120_000 } } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ path: ['zone_z', created.body.id], zoneId: 'zone_z', level: 'park', version: 1 });
    const roots = await call('GET', '/parks', { as: admin });
    expect(roots.body.items.map((p: { id: string }) => p.id).sort()).toEqual(['zone_y', 'zone_z']);
    const mine = await call('GET', '/parks', { as: officerA });
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual(['park_a']);
  });

  it('updates with If-Match and refuses to delete a park that still holds leads', async () => {
    const got = await call('GET', '/parks/park_b', { as: zoneManager });
    const updated = await call('PATCH', '/parks/park_b', { as: zoneManager, body: { annualTargets: { 2026: { signedInvestment: 1_000_000_000, spaceTakeUpM2: 50_000 } } }, headers: { 'if-match': got.headers.get('etag')! } });
    expect(updated.status).toBe(200);
    expect(updated.body.annualTargets['2026'].signedInvestment).toBe(1_000_000_000);
    await call('POST', '/leads', { as: users.officerB, body: leadInput(1, { parkId: 'park_b', chainId: 'chain_eq', segmentId: 'rnd' }) });
    const refused = await call('DELETE', '/parks/park_b', { as: zoneManager, headers: { 'if-match': '"2"' } });
    expect(refused.status).toBe(409);
    const empty = await call('POST', '/parks', { as: admin, body: { name: '空园区', level: 'park', parentId: 'zone_y', leadingChainIds: ['chain_ic'] } });
    expect((await call('GET', '/parks/zone_y', { as: admin })).body.childCount).toBe(2);
    const withChildren = await call('DELETE', '/parks/zone_y', { as: admin, headers: { 'if-match': '"1"' } });
    expect(withChildren.status).toBe(409);
    expect(withChildren.body.detail).toContain('下级');
    expect((await call('DELETE', `/parks/${empty.body.id}`, { as: admin, headers: { 'if-match': '"1"' } })).status).toBe(204);
    expect((await call('GET', `/parks/${empty.body.id}`, { as: admin })).status).toBe(404);
    expect((await call('GET', '/parks/zone_y', { as: admin })).body.childCount).toBe(1);
  });
});

describe('chains', () => {
  it('keeps ordered segments with supplier→customer edges; admin edits with If-Match', async () => {
    const chain = await call('GET', '/chains/chain_ic', { as: officerA });
    expect(chain.body.segments.map((s: { id: string }) => s.id)).toEqual(['design', 'materials', 'manufacturing', 'packaging_test', 'terminal']);
    expect(chain.body.segments[2]).toMatchObject({ position: 'midstream', customerIds: ['packaging_test'] });
    const list = await call('GET', '/chains', { as: viewerZ });
    expect(list.body.items.map((c: { name: string }) => c.name).sort()).toEqual(['智能装备', '集成电路']);
    const edited = await call('PATCH', '/chains/chain_eq', { as: admin, body: { description: '研发—测试—生产—配送' }, headers: { 'if-match': '"1"' } });
    expect(edited.body).toMatchObject({ version: 2, description: '研发—测试—生产—配送' });
  });
});

describe('space', () => {
  it('bulk-creates a building with units and keeps m² by status with take-up', async () => {
    const created = await call('POST', '/parks/park_a/buildings', {
      as: managerA,
      body: { name: '3号标准厂房', floors: 4, units: [
        { name: '1F', floor: 1, areaM2: 2000 }, { name: '2F', floor: 2, areaM2: 1500 },
        { name: '3F', floor: 3, areaM2: 1500 }, { name: '4F', floor: 4, areaM2: 1000, status: 'withdrawn' },
      ] },
    });
    expect(created.status).toBe(201);
    const base = `/parks/park_a/buildings/${created.body.building.id}`;
    const [u1, u2] = created.body.units;
    expect((await call('POST', `${base}/units/${u1.id}/status`, { as: managerA, body: { to: 'signed' } })).status).toBe(200);
    expect((await call('POST', `${base}/units/${u1.id}/status`, { as: managerA, body: { to: 'occupied' } })).status).toBe(200);
    expect((await call('POST', `${base}/units/${u2.id}/status`, { as: managerA, body: { to: 'reserved' } })).status).toBe(200);
    const illegal = await call('POST', `${base}/units/${u2.id}/status`, { as: managerA, body: { to: 'occupied' } });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ code: 'space.unit_transition_invalid', errors: [{ field: 'to' }] });
    // Take-up = (signed + occupied) ÷ marketable (not withdrawn) = 2000 ÷ 5000 = 40 %.
    const stats = await call('GET', '/parks/park_a/stats', { as: viewerZ });
    expect(stats.body.own.space).toMatchObject({ marketableM2: 5000, takeUpRate: 40, buildings: 1 });
    expect(stats.body.own.space.areaM2).toMatchObject({ occupied: 2000, reserved: 1500, available: 1500, withdrawn: 1000 });
    const reserved = await call('GET', `${base}/units?status=reserved`, { as: officerA });
    expect(reserved.body.items.map((u: { id: string }) => u.id)).toEqual([u2.id]);
    const building = await call('GET', base, { as: officerA });
    expect(building.body).toMatchObject({ units: 4, areaM2: { occupied: 2000, reserved: 1500, available: 1500, withdrawn: 1000, signed: 0 } });
  });

  it('rolls take-up up the tree by area, not by averaging rates', async () => {
    // park_a1 (sub-park of A): 1000 m², all signed → 100 %. Park A itself: 40 % of 5000 m².
    const b = await call('POST', '/parks/park_a1/buildings', { as: managerA, body: { name: '一期1号', units: [{ name: '1F', areaM2: 1000 }] } });
    await call('POST', `/parks/park_a1/buildings/${b.body.building.id}/units/${b.body.units[0].id}/status`, { as: managerA, body: { to: 'signed' } });
    const stats = await call('GET', '/parks/park_a/stats', { as: managerA });
    // (2000 + 1000) ÷ (5000 + 1000) = 50 %, where the average of rates would be 70 %.
    expect(stats.body.subtree.space).toMatchObject({ marketableM2: 6000, takeUpRate: 50 });
    expect(stats.body.parks).toBe(2);
    const zone = await call('GET', '/parks/zone_z/stats', { as: zoneManager });
    expect(zone.body.subtree.space.takeUpRate).toBe(50);
  });

  it('re-measures a unit with If-Match and moves the counters of its status', async () => {
    const b = await call('POST', '/parks/park_b/buildings', { as: zoneManager, body: { name: '装备1号', units: [{ name: '1F', areaM2: 800 }] } });
    const path = `/parks/park_b/buildings/${b.body.building.id}/units/${b.body.units[0].id}`;
    const res = await call('PATCH', path, { as: zoneManager, body: { areaM2: 950 }, headers: { 'if-match': '"1"' } });
    expect(res.body).toMatchObject({ areaM2: 950, version: 2 });
    const stats = await call('GET', '/parks/park_b/stats', { as: zoneManager });
    expect(stats.body.own.space.areaM2.available).toBe(950);
  });
});
