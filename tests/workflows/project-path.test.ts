import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../shared/clock.ts';
import type { LifecycleRunner } from '../../infra/local/lifecycle-runner.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { signing } from '../fixtures/projects.ts';
import { advanceTo, mailAbout, startRunner, tasksOf } from '../fixtures/lifecycle.ts';

/** The happy path of the real definition: logged → signed → 开工/竣工/投产/达产 → 履约 checks → end. */
const { officerA, managerA } = users;
let runner: LifecycleRunner;

beforeAll(async () => {
  await buildWorld();
  clock.set('2026-11-21T02:00:00Z');
  runner = startRunner();
});
afterAll(async () => {
  await runner.stop();
  clock.reset();
});

const workflowOf = async (id: string) => (await call('GET', `/leads/${id}`, { as: managerA })).body.workflow;
const record = async (projectId: string, milestone: string, actualDate: string) => {
  await advanceTo(runner, actualDate);
  const res = await call('POST', `/projects/${projectId}/milestones/${milestone}`, { as: officerA, body: { actualDate } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  await runner.settle();
};

describe('lead lifecycle: signed and followed through', () => {
  it('follows the lead to signing, then each milestone, then the 履约 checks, and ends', async () => {
    // Prepare: logged and moved through the pipeline by the owner
    const id = (await call('POST', '/leads', { as: officerA, body: leadInput(201) })).body.id as string;
    await runner.settle();
    for (const to of ['contacted', 'visited', 'negotiating']) {
      await call('POST', `/leads/${id}/stage`, { as: officerA, body: { to } });
      await runner.settle();
    }

    // Act: signed, with 开工 committed for 2026-12-15
    const signed = await call('POST', `/leads/${id}/sign`, {
      as: officerA,
      body: signing({
        signedAt: '2026-11-21', landMu: 30,
        milestones: { construction_started: '2026-12-15', completed: '2027-03-31', in_production: '2027-06-30', at_capacity: '2027-12-31' },
      }),
    });
    expect(signed.status).toBe(201);
    const projectId = signed.body.project.id as string;
    await runner.settle();

    // Assess: the lead phase saw four changes, the last one the signing
    expect(tasksOf(runner, id, ['LeadChanged', 'ScheduleFollowUp', 'ScheduleProjectCheck'])).toEqual([
      'ScheduleFollowUp',
      ...Array(4).fill(['LeadChanged', 'ScheduleFollowUp']).flat().slice(0, 7),
      'ScheduleProjectCheck',
    ]);
    expect(await workflowOf(id)).toMatchObject({ state: 'project', watching: 'construction_started', nextDue: '2026-12-15' });

    // 开工 slips: reminder the day after, the manager three days after; recorded → withdrawn
    await advanceTo(runner, '2026-12-16');
    await advanceTo(runner, '2026-12-19');
    expect(tasksOf(runner, id, ['RemindMilestoneOwner', 'EscalateMilestone'])).toEqual(['RemindMilestoneOwner', 'EscalateMilestone']);
    expect((await call('GET', '/me/escalations', { as: managerA })).body.items.map((l: { id: string }) => l.id)).toContain(id);
    expect((await call('GET', `/blockers?subjectId=${projectId}`, { as: managerA })).body.items[0].status).toBe('escalated');
    await record(projectId, 'construction_started', '2026-12-20');
    expect(await workflowOf(id)).toMatchObject({ state: 'project', watching: 'completed', escalated: false, nextDue: '2027-03-31' });
    expect((await call('GET', `/blockers?subjectId=${projectId}`, { as: managerA })).body.items[0].status).toBe('resolved');

    // the rest on time; the execution hands over to a new one before it is a year old
    await record(projectId, 'completed', '2027-03-30');
    await record(projectId, 'in_production', '2027-06-29');
    await record(projectId, 'at_capacity', '2027-12-30');
    expect([...runner.executions.keys()].filter((n) => n.startsWith(id))).toEqual([id, `${id}-g2`]);
    expect(runner.statesRun(id)).toContain('ContinueAsNew');
    expect(await workflowOf(id)).toMatchObject({ watching: 'performance', nextDue: '2028-03-30', generation: 2 });

    // four quarterly 履约 checks (no reports: flagged), then the workflow ends
    for (const date of ['2028-03-30', '2028-06-29', '2028-09-28', '2028-12-28']) await advanceTo(runner, date);
    expect(tasksOf(runner, id, ['CheckPerformance'])).toHaveLength(4);
    expect(runner.statesRun(id).slice(-3)).toEqual(['ProjectScheduled', 'Completed', 'Done']);
    expect(await workflowOf(id)).toMatchObject({ state: 'completed', performanceChecks: 4, performanceFlag: { belowCommitment: true } });
    const subjects = (await mailAbout(id)).map((m) => m.subject);
    expect(subjects.filter((s) => s.startsWith('【项目节点提醒】'))).toHaveLength(1);
    expect(subjects.filter((s) => s.startsWith('【履约预警】'))).toHaveLength(8); // owner and manager, four times
  });
});
