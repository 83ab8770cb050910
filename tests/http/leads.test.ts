import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, call, creditCode, leadInput, users } from '../fixtures/world.ts';

const { officerA, officerB, officerC, managerA, zoneManager, viewerZ } = users;

beforeAll(buildWorld);

describe('leads', () => {
  it('creates a lead, returns it with an ETag, and lists it in its park', async () => {
    // Act
    const created = await call('POST', '/leads', { as: officerA, body: leadInput(1) });
    // Assess
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ stage: 'new', ownerId: officerA.userId, zoneId: 'zone_z', parkPath: ['zone_z', 'park_a'] });
    const got = await call('GET', `/leads/${created.body.id}`, { as: officerA });
    expect(got.body.firmName).toBe('测试企业1有限公司');
    const list = await call('GET', '/leads?parkId=park_a', { as: officerA });
    expect(list.body.items.map((l: { id: string }) => l.id)).toContain(created.body.id);
  });

  it('refuses a second lead for the same firm in the same zone, naming the lead and park that hold it', async () => {
    const first = await call('POST', '/leads', { as: officerA, body: leadInput(2) });
    const second = await call('POST', '/leads', { as: officerB, body: leadInput(2, { parkId: 'park_b', chainId: 'chain_eq', segmentId: 'rnd' }) });
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    expect(second.body).toMatchObject({
      code: 'lead.duplicate_firm', existingLeadId: first.body.id, existingParkId: 'park_a', existingParkName: '芯片园',
      errors: [{ field: 'creditCode' }],
    });
    expect(second.body.detail).toContain('芯片园');
  });

  it('allows the same firm in another zone', async () => {
    const other = await call('POST', '/leads', { as: officerC, body: leadInput(2, { parkId: 'park_c' }) });
    expect(other.status).toBe(201);
  });

  it('moves through stages by the transition table and records each move on the timeline', async () => {
    const { body: lead } = await call('POST', '/leads', { as: officerA, body: leadInput(3) });
    for (const to of ['contacted', 'visited', 'negotiating']) {
      const res = await call('POST', `/leads/${lead.id}/stage`, { as: officerA, body: { to } });
      expect(res.status).toBe(200);
      expect(res.body.stage).toBe(to);
    }
    const held = await call('POST', `/leads/${lead.id}/stage`, { as: officerA, body: { to: 'on_hold' } });
    expect(held.body).toMatchObject({ stage: 'on_hold', stageBeforeHold: 'negotiating' });
    const wrongResume = await call('POST', `/leads/${lead.id}/stage`, { as: officerA, body: { to: 'contacted' } });
    expect(wrongResume.status).toBe(409);
    const resumed = await call('POST', `/leads/${lead.id}/stage`, { as: officerA, body: { to: 'negotiating' } });
    expect(resumed.body).toMatchObject({ stage: 'negotiating', stageBeforeHold: null });
    const timeline = await call('GET', `/leads/${lead.id}/activities`, { as: officerA });
    expect(timeline.body.items.map((a: { to: string }) => a.to)).toEqual(['negotiating', 'on_hold', 'negotiating', 'visited', 'contacted']);
  });

  it('requires a reason to mark a lead lost', async () => {
    const { body: lead } = await call('POST', '/leads', { as: officerA, body: leadInput(4) });
    const noReason = await call('POST', `/leads/${lead.id}/stage`, { as: officerA, body: { to: 'lost' } });
    expect(noReason.status).toBe(409);
    expect(noReason.body.errors[0].field).toBe('reason');
    const lost = await call('POST', `/leads/${lead.id}/stage`, { as: officerA, body: { to: 'lost', reason: '企业选择外省园区' } });
    expect(lost.body).toMatchObject({ stage: 'lost', lostReason: '企业选择外省园区' });
  });

  it('records an activity on the timeline and moves last contact and the next follow-up', async () => {
    const { body: lead } = await call('POST', '/leads', { as: officerA, body: leadInput(5) });
    const res = await call('POST', `/leads/${lead.id}/activities`, {
      as: officerA,
      body: { kind: 'site_tour', occurredAt: '2026-11-18T10:00:00+08:00', summary: '陪同企业踏勘 3 号楼', nextFollowUpDue: '2026-11-25' },
    });
    expect(res.status).toBe(201);
    const after = await call('GET', `/leads/${lead.id}`, { as: officerA });
    expect(after.body).toMatchObject({ lastContactAt: '2026-11-18T02:00:00.000Z', followUpDue: '2026-11-25', version: 2 });
    const note = await call('POST', `/leads/${lead.id}/activities`, { as: officerA, body: { kind: 'note', summary: '企业在比选厦门' } });
    expect(note.status).toBe(201);
    const still = await call('GET', `/leads/${lead.id}`, { as: officerA });
    expect(still.body.lastContactAt).toBe('2026-11-18T02:00:00.000Z');
    const mine = await call('GET', `/leads?ownerId=${officerA.userId}&followUpDueBefore=2026-11-30`, { as: officerA });
    expect(mine.body.items.map((l: { id: string }) => l.id)).toEqual([lead.id]);
  });

  it('updates with If-Match and refuses a stale version with 412', async () => {
    const { body: lead } = await call('POST', '/leads', { as: officerA, body: leadInput(6) });
    const missing = await call('PATCH', `/leads/${lead.id}`, { as: officerA, body: { firmName: '新名称有限公司' } });
    expect(missing.status).toBe(428);
    const ok = await call('PATCH', `/leads/${lead.id}`, { as: officerA, body: { firmName: '新名称有限公司', ownerId: users.officerA2.userId }, headers: { 'if-match': '"1"' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await call('PATCH', `/leads/${lead.id}`, { as: officerA, body: { firmName: '又一个名称' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.currentVersion).toBe(2);
    const moved = await call('GET', `/leads?ownerId=${users.officerA2.userId}`, { as: managerA });
    expect(moved.body.items.map((l: { id: string }) => l.id)).toContain(lead.id);
    const timeline = await call('GET', `/leads/${lead.id}/activities`, { as: managerA });
    expect(timeline.body.items[0]).toMatchObject({ kind: 'edit', fields: ['firmName', 'ownerId'], createdBy: officerA.userId });
  });

  it('soft-deletes: the lead leaves lists and counters, and the firm may be logged again', async () => {
    const { body: lead } = await call('POST', '/leads', { as: officerA, body: leadInput(7) });
    const before = await call('GET', '/parks/park_a/stats', { as: managerA });
    const del = await call('DELETE', `/leads/${lead.id}`, { as: managerA, headers: { 'if-match': '"1"' } });
    expect(del.status).toBe(204);
    expect((await call('GET', `/leads/${lead.id}`, { as: managerA })).status).toBe(404);
    const after = await call('GET', '/parks/park_a/stats', { as: managerA });
    expect(after.body.own.leads.total).toBe(before.body.own.leads.total - 1);
    const list = await call('GET', '/leads?parkId=park_a&limit=100', { as: managerA });
    expect(list.body.items.map((l: { id: string }) => l.id)).not.toContain(lead.id);
    expect((await call('POST', '/leads', { as: officerA, body: leadInput(7) })).status).toBe(201);
  });

  it('filters by stage, chain and source, and pages with a cursor', async () => {
    for (let n = 100; n < 107; n++) {
      await call('POST', '/leads', { as: officerB, body: leadInput(n, { parkId: 'park_b', chainId: 'chain_eq', segmentId: 'rnd', source: n % 2 ? 'roadshow' : 'fund_led' }) });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/leads?parkId=park_b&source=roadshow&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await call('GET', q, { as: zoneManager });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((l: { id: string; source: string }) => { expect(l.source).toBe('roadshow'); return l.id; }));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    const zone = await call('GET', '/leads?parkId=zone_z&chainId=chain_eq&limit=100', { as: viewerZ });
    expect(zone.body.items).toHaveLength(7);
    const newStage = await call('GET', '/leads?parkId=park_b&stage=new&limit=100', { as: viewerZ });
    expect(newStage.body.items).toHaveLength(7);
  });

  it('includes a park\'s sub-parks when listing the park', async () => {
    const sub = await call('POST', '/leads', { as: officerA, body: leadInput(200, { parkId: 'park_a1' }) });
    expect(sub.status).toBe(201);
    const list = await call('GET', '/leads?parkId=park_a&limit=100', { as: officerA });
    expect(list.body.items.map((l: { id: string }) => l.id)).toContain(sub.body.id);
    const defaultScope = await call('GET', '/leads?limit=100', { as: officerA });
    expect(defaultScope.body.items.map((l: { id: string }) => l.id)).toContain(sub.body.id);
  });

  it('validates the credit code check character', async () => {
    const good = creditCode(9);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await call('POST', '/leads', { as: officerA, body: leadInput(9, { creditCode: bad }) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'creditCode', code: 'credit_code_check_char', message: '统一社会信用代码校验位不正确' })]);
  });
});
