/**
 * The lifecycle's timing rules: pure functions of dates, the park's follow-up policy and what the
 * workflow has already done (which is in the table), so a restarted workflow decides the same.
 *
 * Follow-up ladder of a lead, per cycle (a cycle restarts whenever the lead changes):
 *   due       = the lead's followUpDue if it is after the cycle's start date, else cycle start + firstFollowUpDays
 *               (progress on or after the agreed date counts as that follow-up)
 *   remind    at due + remindAfterDays (the owner, by email)
 *   escalate  at due + escalateAfterDays (the park manager, by email, and onto the dispatch agenda)
 *   pool      at cycle start + returnToPoolAfterDays (owner removed: the park reassigns it)
 * Milestones after signing: remind / escalate the same number of days after a committed date passes.
 * Every instant is 09:00 Asia/Shanghai of its business date (nobody is emailed at midnight).
 * Catching up (a workflow that starts long after a date passed) keeps the spacing: the manager
 * hears of it no sooner than (escalateAfterDays − remindAfterDays, at least 1) days after the
 * owner was reminded, and 履约 checks stay a quarter apart.
 */
import { addDays, shanghaiDate } from '../../clock.ts';
import { FollowUpPolicy } from '../parks/schema.ts';
import { milestones, type Milestone } from '../projects/rules.ts';

export const defaultPolicy: FollowUpPolicy = FollowUpPolicy.parse({});

/**
 * The longest single wait. A wait ends at its due time or after this, whichever comes first,
 * and the workflow simply re-plans: cheap (a few transitions a fortnight), and below the 24.8
 * days a Node timer can hold (the local interpreter times Tasks with setTimeout).
 */
export const MAX_WAIT_SECONDS = 14 * 86_400;
/** A Standard execution may run a year; past this age the workflow continues in a new execution. */
export const CONTINUE_AFTER_DAYS = 300;
/** 履约 checks after 达产: every quarter, four times (the first year at capacity). */
export const PERFORMANCE_CHECK_EVERY_DAYS = 91;
export const PERFORMANCE_CHECKS = 4;

/** 09:00 Asia/Shanghai of a business date, as epoch ms. */
export const morningOf = (date: string): number => Date.parse(`${date}T01:00:00Z`);

export const policyOf = (p: Partial<FollowUpPolicy> | undefined): FollowUpPolicy => ({ ...defaultPolicy, ...(p ?? {}) });

/** The follow-up date the current cycle is chased against. */
export function followUpDue(leadDue: string | null, cycleStartedAt: string, policy: FollowUpPolicy): string {
  const start = shanghaiDate(new Date(cycleStartedAt));
  return leadDue && leadDue > start ? leadDue : addDays(start, policy.firstFollowUpDays);
}

export type LeadStep = 'remind' | 'escalate' | 'return_to_pool';
export type Planned<S extends string> = { step: S; at: number } | null;

const DAY_MS = 86_400_000;
/** Escalation: its own date, and not sooner than the owner had to react to the reminder. */
const escalationAt = (dueMorning: (days: number) => number, policy: FollowUpPolicy, remindedAt: string | undefined) => {
  const at = Math.max(dueMorning(policy.escalateAfterDays), dueMorning(policy.remindAfterDays));
  const gap = Math.max(1, policy.escalateAfterDays - policy.remindAfterDays) * DAY_MS;
  return remindedAt ? Math.max(at, Date.parse(remindedAt) + gap) : at;
};

/** The next rung of a lead's ladder not yet taken in this cycle, and when it is due. */
export function nextLeadStep(args: {
  due: string;
  cycleStartedAt: string;
  policy: FollowUpPolicy;
  hasOwner: boolean;
  remindedAt: string | undefined;
  escalated: boolean;
  escalatedAt?: string | undefined;
}): Planned<LeadStep> {
  const { due, policy } = args;
  const morning = (days: number) => morningOf(addDays(due, days));
  const remindAt = morning(policy.remindAfterDays);
  const escalateAt = escalationAt(morning, policy, args.remindedAt);
  const poolAt = Math.max(
    morningOf(addDays(shanghaiDate(new Date(args.cycleStartedAt)), policy.returnToPoolAfterDays)),
    escalateAt,
    args.escalatedAt ? Date.parse(args.escalatedAt) + DAY_MS : 0,
  );
  if (args.hasOwner && !args.remindedAt) return { step: 'remind', at: remindAt };
  if (!args.escalated) return { step: 'escalate', at: escalateAt };
  if (args.hasOwner) return { step: 'return_to_pool', at: poolAt };
  return null;
}

export type ProjectStep = 'remind' | 'escalate' | 'check_performance' | 'complete';

/** The next milestone to watch, or the 履约 checks once 达产 is recorded. */
export function nextProjectStep(args: {
  milestones: Record<Milestone, { committed: string; actual?: string | undefined }>;
  policy: FollowUpPolicy;
  hasOwner: boolean;
  remindedAt: string | undefined;
  escalated: boolean;
  performanceChecks: number;
  /** When the last 履约 check ran (checks stay a quarter apart when catching up). */
  lastCheckAt?: string | undefined;
}): { watching: Milestone | 'performance'; due: string | null; planned: Planned<ProjectStep> } {
  const next = milestones.find((m) => !args.milestones[m].actual);
  if (next) {
    const committed = args.milestones[next].committed;
    const morning = (days: number) => morningOf(addDays(committed, 1 + days));
    const remindAt = morning(args.policy.remindAfterDays);
    const escalateAt = escalationAt(morning, args.policy, args.remindedAt);
    const planned: Planned<ProjectStep> = args.hasOwner && !args.remindedAt
      ? { step: 'remind', at: remindAt }
      : !args.escalated ? { step: 'escalate', at: escalateAt } : null;
    return { watching: next, due: committed, planned };
  }
  const reached = args.milestones.at_capacity.actual!;
  if (args.performanceChecks >= PERFORMANCE_CHECKS) {
    return { watching: 'performance', due: null, planned: { step: 'complete', at: 0 } };
  }
  const byPlan = addDays(reached, PERFORMANCE_CHECK_EVERY_DAYS * (args.performanceChecks + 1));
  const afterLast = args.lastCheckAt ? addDays(shanghaiDate(new Date(args.lastCheckAt)), PERFORMANCE_CHECK_EVERY_DAYS) : byPlan;
  const due = afterLast > byPlan ? afterLast : byPlan;
  return { watching: 'performance', due, planned: { step: 'check_performance', at: morningOf(due) } };
}

/** Seconds until an instant, at least 1 (a due step fires at once) and at most one heartbeat. */
export const waitSeconds = (at: number | null, now: number): number =>
  at === null ? MAX_WAIT_SECONDS : Math.min(MAX_WAIT_SECONDS, Math.max(1, Math.ceil((at - now) / 1000)));

/** 履约: a producing project below its committed output or tax, or below the park's per-mu standard. */
export function performanceFlags(perf: {
  attainment: { output: number | null; tax: number | null };
  belowPerMuThreshold: boolean;
} | null): { belowCommitment: boolean; belowPerMuThreshold: boolean } {
  if (!perf) return { belowCommitment: true, belowPerMuThreshold: false };
  const below = (pct: number | null) => pct !== null && pct < 100;
  return { belowCommitment: below(perf.attainment.output) || below(perf.attainment.tax), belowPerMuThreshold: perf.belowPerMuThreshold };
}
