import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clock } from '../../shared/clock.ts';
import { startWorkflow } from '../../shared/domain/lifecycle/callbacks.ts';
import type { LifecycleRunner } from '../../infra/local/lifecycle-runner.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { advanceTo, DAY, mailAbout, startRunner, tasksOf } from '../fixtures/lifecycle.ts';

/**
 * The lead phase of the real definition, run by the local interpreter (aws-local-stepfunctions)
 * with the real handlers, DynamoDB Local and the SES emulator. Time moves by the clock only.
 */
const { officerA, managerA, officerC } = users;
const ladder = ['RemindOwner', 'EscalateToManager', 'ReturnToPool'];
let runner: LifecycleRunner;

beforeAll(async () => { await buildWorld(); });
beforeEach(() => {
  clock.set('2026-11-21T02:00:00Z'); // Saturday 10:00 in Shanghai
  runner = startRunner();
});
afterEach(async () => {
  await runner.stop();
  clock.reset();
});

async function newLead(n: number, over: Record<string, unknown> = {}, as = officerA): Promise<string> {
  const res = await call('POST', '/leads', { as, body: leadInput(n, over) });
  expect(res.status).toBe(201);
  await runner.settle();
  return res.body.id;
}

const workflowOf = async (id: string) => (await call('GET', `/leads/${id}`, { as: managerA })).body.workflow;

describe('lead lifecycle', () => {
  it('qualifies a new lead and waits for its follow-up date', async () => {
    // Act
    const id = await newLead(101, { followUpDue: '2026-11-24' });

    // Assess
    expect(runner.statesRun(id)).toEqual(['Qualify', 'SameFirmElsewhere', 'WhichPhase', 'ScheduleFollowUp', 'FollowUpScheduled', 'AwaitLeadChange']);
    expect(await workflowOf(id)).toMatchObject({ state: 'waiting', nextDue: '2026-11-24', executionName: id, remindersSent: 0, escalated: false });
    // one execution per lead, named by it: a second start is refused, not run twice
    expect(await startWorkflow(id)).toBe('exists');
    expect([...runner.executions.keys()].filter((n) => n.startsWith(id))).toEqual([id]);
  });

  it('reminds the owner, then escalates to the park manager and the dispatch agenda, then returns the lead to the pool', async () => {
    // Prepare
    const id = await newLead(102, { followUpDue: '2026-11-24' });

    // Act + Assess: the due date → reminder to the owner
    await advanceTo(runner, '2026-11-24');
    expect(tasksOf(runner, id, ladder)).toEqual(['RemindOwner']);
    let mail = await mailAbout(id);
    expect(mail.map((m) => m.destination.to)).toEqual([[officerA.email]]);
    expect(mail[0]!.subject).toContain('【跟进提醒】测试企业102有限公司');
    expect(await workflowOf(id)).toMatchObject({ state: 'reminded', remindersSent: 1 });

    // three days later → the park manager, the manager's list and the dispatch agenda
    await advanceTo(runner, '2026-11-27');
    expect(tasksOf(runner, id, ladder)).toEqual(['RemindOwner', 'EscalateToManager']);
    expect(await workflowOf(id)).toMatchObject({ state: 'escalated', escalated: true, escalatedTo: managerA.userId });
    const escalations = await call('GET', '/me/escalations', { as: managerA });
    expect(escalations.body.items.map((l: { id: string }) => l.id)).toContain(id);
    const agenda = await call('GET', `/blockers?subjectId=${id}`, { as: managerA });
    expect(agenda.body.items).toMatchObject([{ status: 'escalated', ownerId: managerA.userId }]);
    mail = await mailAbout(id);
    expect(mail.at(-1)!.destination.to).toEqual([managerA.email]);

    // 30 days after the lead was logged with no progress → back to the pool
    await advanceTo(runner, '2026-12-21');
    expect(tasksOf(runner, id, ladder)).toEqual(ladder);
    const lead = (await call('GET', `/leads/${id}`, { as: managerA })).body;
    expect(lead.ownerId).toBeNull();
    expect(lead.workflow.state).toBe('returned_to_pool');
    expect((await mailAbout(id)).at(-1)!.subject).toContain('【线索退回】');
  });

  it('starts over when the lead changes, withdrawing the escalation', async () => {
    // Prepare: escalated
    const id = await newLead(103, { followUpDue: '2026-11-22' });
    await advanceTo(runner, '2026-11-22');
    await advanceTo(runner, '2026-11-25');
    expect(await workflowOf(id)).toMatchObject({ escalated: true });

    // Act: the owner calls the firm and agrees the next date
    const t0 = Date.now();
    await call('POST', `/leads/${id}/activities`, { as: officerA, body: { kind: 'call', summary: '电话沟通，约定下周考察', nextFollowUpDue: '2026-12-02' } });
    await runner.settle();

    // Assess
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(runner.statesRun(id).slice(-5)).toEqual(['LeadChanged', 'LeadOutcome', 'ScheduleFollowUp', 'FollowUpScheduled', 'AwaitLeadChange']);
    expect(await workflowOf(id)).toMatchObject({ state: 'waiting', escalated: false, nextDue: '2026-12-02' });
    expect((await call('GET', '/me/escalations', { as: managerA })).body.items.map((l: { id: string }) => l.id)).not.toContain(id);
    expect((await call('GET', `/blockers?subjectId=${id}`, { as: managerA })).body.items[0].status).toBe('resolved');
  });

  it('a stage change through the API reaches the waiting workflow within a second', async () => {
    // Prepare
    const id = await newLead(104);
    const entered = () => runner.eventsOf(id).filter((e) => e.type === 'StateEntered' && e.state === 'LeadChanged').length;

    // Act
    const t0 = clock.now().getTime();
    const res = await call('POST', `/leads/${id}/stage`, { as: officerA, body: { to: 'contacted' } });
    while (entered() === 0 && clock.now().getTime() - t0 < 5000) await new Promise((r) => setTimeout(r, 1));
    const latency = runner.eventsOf(id).find((e) => e.state === 'LeadChanged')!.at - t0;

    // Assess
    expect(res.status).toBe(200);
    expect(latency).toBeLessThan(1000);
    console.info(`stage change → workflow moved in ${latency} ms`);
  });

  it('on hold: no reminders while held; resumed: a new cycle from the policy', async () => {
    // Prepare
    const id = await newLead(105, { followUpDue: '2026-11-23' });

    // Act: held, then three weeks pass
    await call('POST', `/leads/${id}/stage`, { as: officerA, body: { to: 'on_hold' } });
    await runner.settle();
    expect(await workflowOf(id)).toMatchObject({ state: 'waiting', nextDue: null });
    await runner.advance(21 * DAY);
    expect(tasksOf(runner, id, ladder)).toEqual([]);

    // resumed
    await call('POST', `/leads/${id}/stage`, { as: officerA, body: { to: 'new' } });
    await runner.settle();

    // Assess: first follow-up 3 days (the default policy) after the resumption
    expect(await workflowOf(id)).toMatchObject({ state: 'waiting', nextDue: '2026-12-15' });
    expect(runner.statesRun(id).filter((s) => s === 'LeadChanged')).toHaveLength(2);
  });

  it('lost: the workflow ends; reopened: it runs again as the next generation', async () => {
    // Prepare
    const id = await newLead(106);

    // Act
    await call('POST', `/leads/${id}/stage`, { as: officerA, body: { to: 'lost', reason: '企业选择外省园区' } });
    await runner.settle();

    // Assess
    expect(runner.statesRun(id).slice(-4)).toEqual(['LeadChanged', 'LeadOutcome', 'Ended', 'Done']);
    expect(await workflowOf(id)).toMatchObject({ state: 'closed', nextDue: null });

    await call('POST', `/leads/${id}/stage`, { as: officerA, body: { to: 'new' } });
    await runner.settle();
    expect([...runner.executions.keys()]).toContain(`${id}-g2`);
    expect(await workflowOf(id)).toMatchObject({ state: 'waiting', generation: 2, executionName: `${id}-g2` });
  });

  it('routes a lead without an owner to an officer of its park, and flags the same firm chased in another zone', async () => {
    // Prepare: the firm is already a lead of zone Y
    const other = await newLead(107, { parkId: 'park_c', segmentId: 'design' }, officerC);

    // Act: zone Z logs it without an owner
    const id = await newLead(107, { ownerId: null }, managerA);

    // Assess
    expect(tasksOf(runner, id, ['Qualify', 'NotifyDuplicate', 'ScheduleFollowUp'])).toEqual(['Qualify', 'NotifyDuplicate', 'ScheduleFollowUp']);
    const lead = (await call('GET', `/leads/${id}`, { as: managerA })).body;
    expect(['u_off_a', 'u_off_a2']).toContain(lead.ownerId);
    expect(lead.workflow.qualification).toMatchObject({ otherLeads: [{ leadId: other, parkId: 'park_c' }], routedOwnerId: lead.ownerId });
    expect((await mailAbout(id)).map((m) => m.subject)).toEqual(['【线索协同】测试企业107有限公司：其他园区也在跟进该企业']);
    expect(tasksOf(runner, other, ['NotifyDuplicate'])).toEqual([]);
  });
});
