import { beforeAll, describe, expect, it } from 'vitest';
import { leadStages } from '../../shared/domain/leads/rules.ts';
import { unitStatuses } from '../../shared/domain/space/rules.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { tableRows } from '../fixtures/table-snapshot.ts';

const { officerA, managerA } = users;

beforeAll(buildWorld);

/** Counters as stored, and the same figures recounted from every row of the table. */
async function countersAndRecount() {
  const rows = await tableRows();
  const stored = new Map<string, Record<string, number>>();
  for (const r of rows.filter((r) => r['sk'] === 'COUNTERS')) {
    stored.set(String(r['parkId']), Object.fromEntries(Object.entries(r).filter(([, v]) => typeof v === 'number')) as Record<string, number>);
  }
  const recount = new Map<string, Record<string, number>>();
  const add = (park: string, name: string, n: number) => {
    const c = recount.get(park) ?? {};
    c[name] = (c[name] ?? 0) + n;
    recount.set(park, c);
  };
  for (const r of rows) {
    if (r['entity'] === 'lead' && r['deletedAt'] === undefined) {
      add(String(r['parkId']), `leads_${r['stage']}`, 1);
      add(String(r['parkId']), 'leads_total', 1);
    }
    if (r['entity'] === 'unit') {
      add(String(r['parkId']), `units_${r['status']}`, 1);
      add(String(r['parkId']), `m2_${r['status']}`, Number(r['areaM2']));
    }
    if (r['entity'] === 'building') add(String(r['parkId']), 'buildings', 1);
  }
  const names = [...leadStages.map((s) => `leads_${s}`), 'leads_total', ...unitStatuses.flatMap((s) => [`units_${s}`, `m2_${s}`]), 'buildings'];
  const view = (m: Map<string, Record<string, number>>) => Object.fromEntries(
    [...new Set([...stored.keys(), ...recount.keys()])].sort().map((park) => [park, Object.fromEntries(names.map((n) => [n, m.get(park)?.[n] ?? 0]))]));
  return { stored: view(stored), recount: view(recount) };
}

describe('concurrent writers', () => {
  it('20 concurrent stage changes on different leads of one park keep the counters exact', async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 20; n++) ids.push((await call('POST', '/leads', { as: officerA, body: leadInput(n) })).body.id);
    // Act: all at once, on the same park counter item.
    const results = await Promise.all(ids.map((id) => call('POST', `/leads/${id}/stage`, { as: officerA, body: { to: 'contacted' } })));
    // Assess
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const { stored, recount } = await countersAndRecount();
    expect(stored).toEqual(recount);
    expect(stored['park_a']).toMatchObject({ leads_contacted: 20, leads_new: 0, leads_total: 20 });
    const stats = await call('GET', '/parks/park_a/stats', { as: managerA });
    expect(stats.body.own.leads.byStage.contacted).toBe(20);
  });

  it('10 concurrent If-Match updates of one lead: exactly one winner per version', async () => {
    const { body: lead } = await call('POST', '/leads', { as: officerA, body: leadInput(100) });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => call('PATCH', `/leads/${lead.id}`, {
      as: officerA, body: { notes: `writer ${i}` }, headers: { 'if-match': '"1"' },
    })));
    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === 412)).toHaveLength(9);
    const after = await call('GET', `/leads/${lead.id}`, { as: officerA });
    expect(after.body.version).toBe(2);
    expect(after.body.notes).toBe(winners[0]!.body.notes);
  });

  it('10 concurrent stage changes of one lead: one move, the rest refused, counters exact', async () => {
    const { body: lead } = await call('POST', '/leads', { as: officerA, body: leadInput(101) });
    const withIfMatch = await Promise.all(Array.from({ length: 5 }, () => call('POST', `/leads/${lead.id}/stage`, {
      as: officerA, body: { to: 'contacted' }, headers: { 'if-match': '"1"' },
    })));
    expect(withIfMatch.filter((r) => r.status === 200)).toHaveLength(1);
    expect(withIfMatch.filter((r) => r.status === 412)).toHaveLength(4);
    // Without If-Match, losers re-read, see the lead already moved, and get the transition error.
    const without = await Promise.all(Array.from({ length: 5 }, () => call('POST', `/leads/${lead.id}/stage`, {
      as: officerA, body: { to: 'visited' },
    })));
    expect(without.filter((r) => r.status === 200)).toHaveLength(1);
    expect(without.filter((r) => r.status === 409).every((r) => r.body.code === 'lead.stage_transition_invalid')).toBe(true);
    const timeline = await call('GET', `/leads/${lead.id}/activities`, { as: officerA });
    expect(timeline.body.items).toHaveLength(2);
    const { stored, recount } = await countersAndRecount();
    expect(stored).toEqual(recount);
  });

  it('concurrent unit moves in one building keep building and park space counters exact', async () => {
    const created = await call('POST', '/parks/park_a/buildings', {
      as: managerA, body: { name: '5号厂房', units: Array.from({ length: 20 }, (_, i) => ({ name: `${i + 1}F`, areaM2: 1000 + i * 10.5 })) },
    });
    const units: Array<{ id: string }> = created.body.units;
    const base = `/parks/park_a/buildings/${created.body.building.id}`;
    const results = await Promise.all(units.map((u, i) => call('POST', `${base}/units/${u.id}/status`, {
      as: managerA, body: { to: i % 4 === 0 ? 'withdrawn' : 'signed' },
    })));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const { stored, recount } = await countersAndRecount();
    expect(stored).toEqual(recount);
    const building = await call('GET', base, { as: managerA });
    expect(building.body.units).toBe(20);
    expect(building.body.areaM2.withdrawn).toBeCloseTo(1000 + 1042 + 1084 + 1126 + 1168, 6);
  });
});
