import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../shared/clock.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';

const { officerA, officerB, officerC, managerA, zoneManager, viewerZ } = users;

let leadA: string;
let leadB: string;
let leadC: string;

beforeAll(async () => {
  clock.set('2026-10-15T02:00:00.000Z');
  await buildWorld();
  leadA = (await call('POST', '/leads', { as: officerA, body: leadInput(1) })).body.id;
  leadB = (await call('POST', '/leads', { as: officerB, body: leadInput(2, { parkId: 'park_b', chainId: 'chain_eq', segmentId: 'rnd' }) })).body.id;
  leadC = (await call('POST', '/leads', { as: officerC, body: leadInput(3, { parkId: 'park_c' }) })).body.id;
});
afterAll(() => clock.reset());

const raise = async (as: typeof officerA, leadId: string, description: string, category = 'utilities') => {
  const res = await call('POST', '/blockers', { as, body: { subject: { type: 'lead', id: leadId }, description, category, department: '国网晋江供电公司', dueDate: '2026-11-30' } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
};
const escalate = (as: typeof officerA, id: string) => call('POST', `/blockers/${id}/status`, { as, body: { to: 'escalated', note: '提请调度会' } });
const agenda = async (parkId: string, as = viewerZ) =>
  (await call('GET', `/blockers?parkId=${parkId}&status=escalated`, { as })).body.items.map((b: { id: string }) => b.id);

describe('blockers and the dispatch agenda (调度)', () => {
  it('escalated blockers appear on the park and zone agendas, oldest first; resolving removes and counts them', async () => {
    // October: three raised, two escalated (B's first, then A's).
    const a1 = await raise(officerA, leadA, '厂房双回路供电未接入，影响设备调试');
    const b1 = await raise(officerB, leadB, '环评批复排队超过 60 天', 'environment');
    const a2 = await raise(officerA, leadA, '员工宿舍配套不足', 'facilities');
    clock.set('2026-10-20T02:00:00.000Z');
    expect((await escalate(officerB, b1)).status).toBe(200);
    clock.set('2026-10-22T02:00:00.000Z');
    expect((await escalate(officerA, a1)).status).toBe(200);

    expect(await agenda('park_a')).toEqual([a1]);
    expect(await agenda('park_b')).toEqual([b1]);
    expect(await agenda('zone_z')).toEqual([b1, a1]); // oldest escalation first
    expect(await agenda('zone_y', users.admin)).toEqual([]);

    // November: a1 resolved (leaves the agenda), a2 closed without escalation.
    clock.set('2026-11-05T02:00:00.000Z');
    const noNote = await call('POST', `/blockers/${a1}/status`, { as: managerA, body: { to: 'resolved' } });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors[0].field).toBe('note');
    const resolved = await call('POST', `/blockers/${a1}/status`, { as: managerA, body: { to: 'resolved', note: '供电公司 11 月 3 日完成接入' } });
    expect(resolved.body).toMatchObject({ status: 'resolved', resolutionNote: '供电公司 11 月 3 日完成接入' });
    await call('POST', `/blockers/${a2}/status`, { as: officerA, body: { to: 'closed', note: '企业自行解决' } });
    expect(await agenda('zone_z')).toEqual([b1]);
    const reopen = await call('POST', `/blockers/${a1}/status`, { as: managerA, body: { to: 'escalated' } });
    expect(reopen.status).toBe(409);
    expect(reopen.body.code).toBe('blocker.transition_invalid');

    const period = async (p: string) => (await call('GET', `/parks/zone_z/periods/${p}`, { as: zoneManager })).body;
    expect(await period('2026-10')).toMatchObject({ blockersRaised: 3, blockersEscalated: 2, blockersResolved: 0, blockersClosed: 0 });
    expect(await period('2026-11')).toMatchObject({ blockersRaised: 0, blockersEscalated: 0, blockersResolved: 1, blockersClosed: 1 });
    expect(await period('2026-Q4')).toMatchObject({ blockersRaised: 3, blockersEscalated: 2, blockersResolved: 1, blockersClosed: 1 });
    expect((await call('GET', '/parks/park_b/periods/2026', { as: zoneManager })).body).toMatchObject({ blockersRaised: 1, blockersEscalated: 1 });
  });

  it('lists a lead\'s blockers, and keeps other parks\' blockers out of sight', async () => {
    const c1 = await raise(officerC, leadC, '用地指标未落实', 'land');
    const mine = await call('GET', `/blockers?subjectId=${leadA}`, { as: officerA });
    expect(mine.body.items).toHaveLength(2);
    expect((await call('GET', `/blockers/${c1}`, { as: officerA })).status).toBe(404);
    expect((await call('GET', `/blockers?subjectId=${leadC}`, { as: officerA })).body.items).toEqual([]);
    const raiseElsewhere = await call('POST', '/blockers', { as: officerA, body: { subject: { type: 'lead', id: leadC }, description: '试图越权', category: 'other', department: '某部门' } });
    expect(raiseElsewhere.status).toBe(400);
    expect(raiseElsewhere.body.errors[0].field).toBe('subject.id');
  });
});
