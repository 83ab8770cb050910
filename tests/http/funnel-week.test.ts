import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../shared/clock.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';

const { officerA, managerA } = users;

beforeAll(async () => {
  clock.set('2026-11-17T02:00:00.000Z'); // Tuesday of ISO week 2026-W47 (Shanghai)
  await buildWorld();
});
afterAll(() => clock.reset());

describe('the funnel\'s week-over-week change', () => {
  it('is last week\'s lead moves, kept with each move', async () => {
    // Week 2026-W47: three new leads; one contacted; one of those then visited.
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await call('POST', '/leads', { as: officerA, body: leadInput(n) })).body.id);
    await call('POST', `/leads/${ids[0]}/stage`, { as: officerA, body: { to: 'contacted' } });
    await call('POST', `/leads/${ids[0]}/stage`, { as: officerA, body: { to: 'visited' } });
    // Week 2026-W48: one more lead (this week: not in last week's change).
    clock.set('2026-11-24T02:00:00.000Z');
    await call('POST', '/leads', { as: officerA, body: leadInput(4) });

    const m = await call('GET', '/metrics/parks/park_a?date=2026-11-24', { as: managerA });
    // new: +3 −1 = +2; contacted: +1 −1 = 0; visited: +1; new leads: 3.
    expect(m.body.funnel.lastWeek).toEqual({
      week: '2026-W47',
      change: { new: 2, contacted: 0, visited: 1, negotiating: 0, signed: 0, on_hold: 0, lost: 0, new_leads: 3 },
    });
    const zone = await call('GET', '/metrics/parks/zone_z?date=2026-11-24', { as: managerA.scopeParkId === 'zone_z' ? managerA : users.zoneManager });
    expect(zone.body.funnel.lastWeek.change.new_leads).toBe(3);
  });
});
