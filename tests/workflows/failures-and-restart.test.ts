import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../shared/clock.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { advanceTo, mailAbout, startRunner, tasksOf } from '../fixtures/lifecycle.ts';

/** Restarts and failures: the table holds the workflow's state; a failure is visible, never silent. */
const { officerA, managerA } = users;

beforeAll(async () => {
  await buildWorld();
  clock.set('2026-11-21T02:00:00Z');
});
afterAll(() => clock.reset());

const workflowOf = async (id: string) => (await call('GET', `/leads/${id}`, { as: managerA })).body.workflow;

describe('lead lifecycle: restart and failure', () => {
  it('resumes every active workflow after a restart mid-wait, without sending a reminder twice', async () => {
    // Prepare: reminded, then the runtime stops (npm start killed)
    const first = startRunner();
    const id = (await call('POST', '/leads', { as: officerA, body: leadInput(301, { followUpDue: '2026-11-24' }) })).body.id as string;
    await first.settle();
    await advanceTo(first, '2026-11-24');
    expect(tasksOf(first, id, ['RemindOwner'])).toEqual(['RemindOwner']);
    await first.stop();

    // Act: a new runtime boots and resumes from the table
    const second = startRunner();
    expect(await second.resume()).toBe(1);
    await second.settle();
    await advanceTo(second, '2026-11-25');

    // Assess: picked up where it was (no second reminder), and goes on to the next rung
    expect(second.statesRun(id).slice(0, 6)).toEqual(['Qualify', 'SameFirmElsewhere', 'WhichPhase', 'ScheduleFollowUp', 'FollowUpScheduled', 'AwaitLeadChange']);
    expect(tasksOf(second, id, ['RemindOwner', 'EscalateToManager'])).toEqual([]);
    await advanceTo(second, '2026-11-27');
    expect(tasksOf(second, id, ['RemindOwner', 'EscalateToManager'])).toEqual(['EscalateToManager']);
    expect((await mailAbout(id)).map((m) => m.subject.slice(0, 6))).toEqual(['【跟进提醒】', '【上报调度】']);
    expect(await workflowOf(id)).toMatchObject({ remindersSent: 1, escalated: true });
    await second.stop();
  });

  it('retries a failing Task with backoff, then records the failure on the lead; the next change revives it', async () => {
    // Prepare: SES throttles every send
    const runner = startRunner();
    const ses = mockClient(SESv2Client);
    ses.on(SendEmailCommand).rejects(Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'ThrottlingException' }));
    const id = (await call('POST', '/leads', { as: officerA, body: leadInput(302, { followUpDue: '2026-11-28' }) })).body.id as string;
    await runner.settle();

    // Act: the reminder is due
    await advanceTo(runner, '2026-11-28');

    // Assess: three retries, then RecordFailure → Failed, visible on the lead
    const retried = runner.eventsOf(id).filter((e) => e.type === 'StateRetried').map((e) => e.state);
    expect(retried).toEqual(['RemindOwner', 'RemindOwner', 'RemindOwner']);
    expect(runner.statesRun(id).slice(-3)).toEqual(['RemindOwner', 'RecordFailure', 'Failed']);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(4);
    const wf = await workflowOf(id);
    expect(wf).toMatchObject({ state: 'failed', remindersSent: 0, lastError: { error: 'ThrottlingException' } });
    expect(wf.lastError.cause).toContain('Maximum sending rate exceeded');

    // SES is back; the owner records a call → the workflow runs again (generation 2)
    ses.restore();
    await call('POST', `/leads/${id}/activities`, { as: officerA, body: { kind: 'call', summary: '已电话联系' } });
    await runner.settle();
    expect(await workflowOf(id)).toMatchObject({ state: 'waiting', generation: 2, executionName: `${id}-g2` });
    await runner.stop();
  });
});
