import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { negotiatingLead, signing } from '../fixtures/projects.ts';

const { officerA, officerA2, viewerZ, zoneManager } = users;

beforeAll(async () => {
  await buildWorld();
  // park_a1 (IC sub-park) gets tenants in 制造 and 终端应用 by signing two projects there.
  for (const [n, segmentId] of [[1, 'manufacturing'], [2, 'terminal']] as const) {
    const id = await negotiatingLead(officerA, n, { parkId: 'park_a1', segmentId });
    expect((await call('POST', `/leads/${id}/sign`, { as: officerA, body: signing({ landMu: 20 }) })).status).toBe(201);
  }
});

describe('chain fit through the API', () => {
  it('stores the score on the lead and sorts a park\'s leads by it', async () => {
    const gap = await call('POST', '/leads', { as: officerA, body: leadInput(10, { parkId: 'park_a1', segmentId: 'packaging_test' }) });
    const crowdedLater = await call('POST', '/leads', { as: officerA2, body: leadInput(11, { parkId: 'park_a1', segmentId: 'design', chainId: 'chain_ic' }) });
    expect(gap.body.fit.kind).toBe('fill');
    expect(gap.body.fit.explanation).toContain('补链：园区尚无「封测」环节企业');
    expect(gap.body.fit.explanation).toContain('上游「制造」1 家、下游「终端应用」1 家');
    const list = await call('GET', '/leads?parkId=park_a1&sort=fit', { as: viewerZ });
    const scores = list.body.items.map((l: { fit: { score: number } }) => l.fit.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    expect(list.body.items[0].id).toBe(gap.body.id);
    expect(crowdedLater.body.fit.score).toBeLessThan(gap.body.fit.score);
    // Changing the segment re-scores the lead.
    const edited = await call('PATCH', `/leads/${crowdedLater.body.id}`, { as: officerA2, body: { segmentId: 'materials' }, headers: { 'if-match': '"1"' } });
    expect(edited.body.fit.kind).toBe('fill');
  });

  it('ranks the parks of the zone for a lead, and draws each park\'s chain map with its gaps', async () => {
    const lead = await call('POST', '/leads', { as: zoneManager, body: leadInput(20, { parkId: 'park_b', chainId: 'chain_ic', segmentId: 'packaging_test' }) });
    const fit = await call('GET', `/leads/${lead.body.id}/fit`, { as: zoneManager });
    expect(fit.status).toBe(200);
    // park_a1 has the IC neighbours and IC as a leading chain; park_b (装备园) has neither.
    expect(fit.body.parks[0].parkId).toBe('park_a1');
    expect(fit.body.parks.find((p: { parkId: string }) => p.parkId === 'park_b')).toMatchObject({ current: true });
    const map = await call('GET', '/parks/park_a/chain-map', { as: viewerZ });
    const ic = map.body.chains[0];
    expect(ic.segments.find((s: { segmentId: string }) => s.segmentId === 'manufacturing')).toMatchObject({ tenants: 1, gap: false });
    expect(ic.gaps).toEqual(['设计', '材料', '封测']);
    expect(ic.segments.find((s: { segmentId: string }) => s.segmentId === 'packaging_test').activeLeads).toBe(1);
  });
});
