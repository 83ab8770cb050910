import { describe, expect, it } from 'vitest';
import {
  defaultPolicy, followUpDue, MAX_WAIT_SECONDS, morningOf, nextLeadStep, nextProjectStep, performanceFlags, waitSeconds,
} from '../../shared/domain/lifecycle/rules.ts';

const policy = defaultPolicy; // first follow-up 3 days, remind on the due date, escalate 3 days after, pool after 30
const iso = (date: string, hhmm = '10:00') => new Date(`${date}T${hhmm}:00+08:00`).toISOString();

describe('lifecycle rules', () => {
  it('chases the agreed date if it lies after the cycle start, else the policy date', () => {
    expect(followUpDue('2026-11-30', iso('2026-11-21'), policy)).toBe('2026-11-30');
    expect(followUpDue('2026-11-21', iso('2026-11-21'), policy)).toBe('2026-11-24');
    expect(followUpDue(null, iso('2026-11-21'), policy)).toBe('2026-11-24');
  });

  it('climbs remind → escalate → pool at 09:00 Shanghai, the manager no sooner than 3 days after the reminder', () => {
    const base = { due: '2026-11-24', cycleStartedAt: iso('2026-11-21'), policy, hasOwner: true, escalated: false };
    expect(nextLeadStep({ ...base, remindedAt: undefined })).toEqual({ step: 'remind', at: morningOf('2026-11-24') });
    expect(nextLeadStep({ ...base, remindedAt: iso('2026-11-24', '09:00') })).toEqual({ step: 'escalate', at: morningOf('2026-11-27') });
    // reminded late (a workflow catching up): the manager still gets the owner's three days
    expect(nextLeadStep({ ...base, remindedAt: iso('2026-12-05', '09:00') })?.at).toBe(Date.parse(iso('2026-12-08', '09:00')));
    expect(nextLeadStep({ ...base, remindedAt: iso('2026-11-24', '09:00'), escalated: true, escalatedAt: iso('2026-11-27', '09:00') }))
      .toEqual({ step: 'return_to_pool', at: morningOf('2026-12-21') });
    // no owner: nobody to remind, and nothing to take back
    expect(nextLeadStep({ ...base, hasOwner: false, remindedAt: undefined })?.step).toBe('escalate');
    expect(nextLeadStep({ ...base, hasOwner: false, remindedAt: undefined, escalated: true })).toBeNull();
  });

  it('watches the next milestone from the day after its committed date, then quarterly 履约 checks, then completes', () => {
    const milestones = {
      construction_started: { committed: '2026-12-15', actual: '2026-12-14' }, completed: { committed: '2027-03-31' },
      in_production: { committed: '2027-06-30' }, at_capacity: { committed: '2027-12-31' },
    };
    const base = { policy, hasOwner: true, remindedAt: undefined, escalated: false, performanceChecks: 0 };
    expect(nextProjectStep({ ...base, milestones })).toEqual({ watching: 'completed', due: '2027-03-31', planned: { step: 'remind', at: morningOf('2027-04-01') } });
    const done = { ...milestones, completed: { committed: '2027-03-31', actual: '2027-03-31' }, in_production: { committed: '2027-06-30', actual: '2027-06-30' }, at_capacity: { committed: '2027-12-31', actual: '2027-12-20' } };
    expect(nextProjectStep({ ...base, milestones: done }).due).toBe('2028-03-20');
    // a check that ran late: the next one a quarter after it, not straight away
    expect(nextProjectStep({ ...base, milestones: done, performanceChecks: 1, lastCheckAt: iso('2028-09-01') }).due).toBe('2028-12-01');
    expect(nextProjectStep({ ...base, milestones: done, performanceChecks: 4 }).planned?.step).toBe('complete');
  });

  it('waits at least a second and at most one heartbeat', () => {
    const now = Date.parse('2026-11-21T02:00:00Z');
    expect(waitSeconds(now - 5000, now)).toBe(1);
    expect(waitSeconds(now + 90_500, now)).toBe(91);
    expect(waitSeconds(now + 400 * 86_400_000, now)).toBe(MAX_WAIT_SECONDS);
    expect(waitSeconds(null, now)).toBe(MAX_WAIT_SECONDS);
  });

  it('flags 履约 below commitment (or not reported) and below the per-mu standard', () => {
    expect(performanceFlags(null)).toEqual({ belowCommitment: true, belowPerMuThreshold: false });
    expect(performanceFlags({ attainment: { output: 120, tax: 99.5 }, belowPerMuThreshold: false })).toEqual({ belowCommitment: true, belowPerMuThreshold: false });
    expect(performanceFlags({ attainment: { output: 100, tax: null }, belowPerMuThreshold: true })).toEqual({ belowCommitment: false, belowPerMuThreshold: true });
  });
});
