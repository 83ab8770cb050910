import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, clock, shanghaiDate } from '../../shared/clock.ts';
import type { LifecycleRunner } from '../../infra/local/lifecycle-runner.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { signing } from '../fixtures/projects.ts';
import { DAY, startRunner } from '../fixtures/lifecycle.ts';

/**
 * Budget: one simulated year per lead through the real definition (fake clock, a week at a time),
 * counting state transitions (what Step Functions bills, $0.025 per 1,000) and history events
 * (estimated with the AWS event model per state: a Lambda Task 5, a callback Task 6, Choice 2).
 */
const { officerA } = users;
const HISTORY_CAP = 25_000;
const USD_PER_TRANSITION = 0.025 / 1000;
let runner: LifecycleRunner;

beforeAll(async () => {
  await buildWorld();
  clock.set('2026-01-05T02:00:00Z');
  runner = startRunner();
});
afterAll(async () => {
  await runner.stop();
  clock.reset();
});

describe('lifecycle budget per lead-year', () => {
  it('stays far below the history cap and costs cents', async () => {
    // Prepare: a lead nobody touches; one followed up weekly all year; one signed in March
    const lead = async (n: number) => (await call('POST', '/leads', { as: officerA, body: leadInput(n, { followUpDue: '2026-01-09' }) })).body.id as string;
    const quiet = await lead(401);
    const busy = await lead(402);
    const signed = await lead(403);
    await runner.settle();

    // Act: 52 weeks (a wait that ran out during a week ends at the step; the machine re-plans from there)
    for (let week = 1; week <= 52; week++) {
      await runner.advance(7 * DAY);
      const today = shanghaiDate();
      await call('POST', `/leads/${busy}/activities`, { as: officerA, body: { kind: 'call', summary: '周例行联系', nextFollowUpDue: addDays(today, 8) } });
      const to = ({ 2: 'contacted', 4: 'visited', 6: 'negotiating' } as Record<number, string>)[week];
      if (to) await call('POST', `/leads/${signed}/stage`, { as: officerA, body: { to } });
      if (week === 9) {
        const res = await call('POST', `/leads/${signed}/sign`, {
          as: officerA,
          body: signing({ signedAt: today, landMu: 20, milestones: { construction_started: addDays(today, 30), completed: addDays(today, 150), in_production: addDays(today, 210), at_capacity: addDays(today, 400) } }),
        });
        expect(res.status).toBe(201);
      }
      if (week === 15) {
        const projectId = (await call('GET', `/leads/${signed}`, { as: officerA })).body.projectId as string;
        await call('POST', `/projects/${projectId}/milestones/construction_started`, { as: officerA, body: { actualDate: today } });
      }
      await runner.settle();
    }

    // Assess
    const rows = [['quiet (reminded, escalated, back to pool, then idle)', quiet], ['followed up weekly', busy], ['signed in March, 开工 late', signed]] as const;
    const figures = rows.map(([profile, id]) => {
      const u = runner.usage(id);
      return { profile, ...u, usd: Number((u.transitions * USD_PER_TRANSITION).toFixed(4)) };
    });
    console.info(`lifecycle per lead-year:\n${figures.map((f) => `  ${f.profile}: ${f.executions} execution(s), ${f.transitions} transitions, ~${f.historyEvents} history events, $${f.usd}`).join('\n')}`);
    for (const f of figures) expect(f.historyEvents, f.profile).toBeLessThan(HISTORY_CAP / 10);
  }, 120_000);
});
