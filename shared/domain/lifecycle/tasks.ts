/**
 * The lifecycle's Task states, as domain functions: each takes ids (never records), reads what it
 * needs from the table, does one thing, and writes what it did back onto the lead — so any
 * execution can be restarted from the table and decide the same. The middy handlers in
 * functions/lifecycle/ are thin wrappers around these.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { Principal } from '../../auth/principal.ts';
import { addDays, clock, shanghaiDate } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { getItem } from '../../db/ops.ts';
import { keys, NO_DUE_DATE } from '../../db/table.ts';
import { transact } from '../../db/transact.ts';
import { versionedUpdate } from '../../db/versioned.ts';
import { DomainError } from '../../errors.ts';
import { publish } from '../../events.ts';
import { newId } from '../../ids.ts';
import { logger } from '../../observability/logger.ts';
import { changeBlockerStatus, listBlockers, raiseBlocker } from '../blockers/service.ts';
import { stageLabels, type LeadStage } from '../leads/rules.ts';
import { loadPark } from '../parks/service.ts';
import type { Park } from '../parks/schema.ts';
import { milestoneLabels, type Milestone, type MilestoneDates } from '../projects/rules.ts';
import { loadUser, nearestUsers, type User } from '../users/service.ts';
import { driver, executionName } from './driver.ts';
import { sendMail } from './mail.ts';
import { messages } from './messages.ts';
import {
  followUpDue, MAX_WAIT_SECONDS, nextLeadStep, nextProjectStep, performanceFlags, policyOf, waitSeconds,
  CONTINUE_AFTER_DAYS,
} from './rules.ts';
import type { LeadWorkflow } from './schema.ts';
import {
  advanceGeneration, indexFirm, loadLead, sameFirmElsewhere, saveWorkflow, storeToken, takeToken, unregister,
  type LeadItem,
} from './store.ts';

/** The workflow acts as this principal where it uses other domain services (blockers). */
export const SYSTEM_USER = 'system:lifecycle';
const system: Principal = { userId: SYSTEM_USER, email: 'lifecycle@park-crm.local', name: '跟进流程', role: 'admin', scopeParkId: null };

/** The lead no longer exists (or was deleted): the workflow ends quietly, it is not a failure. */
export class LeadGone extends Error {
  override readonly name = 'Lifecycle.LeadGone';
}

const openStages: readonly string[] = ['new', 'contacted', 'visited', 'negotiating'];
const Phase = z.enum(['lead', 'project']);
type Phase = z.infer<typeof Phase>;
const LeadId = z.string().min(1).max(64);

async function requireLead(leadId: string): Promise<LeadItem> {
  const lead = await loadLead(leadId);
  if (!lead || lead.deletedAt !== undefined) throw new LeadGone(`lead ${leadId} is gone`);
  return lead;
}

const workflowOf = (lead: LeadItem): LeadWorkflow => ({
  state: 'qualifying', remindersSent: 0, escalated: false, updatedAt: clock.nowIso(), ...(lead.workflow ?? {}),
});

/** Drop the per-cycle ladder (reminded, escalated) when a new cycle or milestone starts. */
const freshLadder = (wf: LeadWorkflow): LeadWorkflow => {
  const { remindedAt: _r, escalatedAt: _e, escalatedTo: _t, dispatchBlockerId: _d, ...rest } = wf;
  return { ...rest, escalated: false };
};

const parkOf = async (lead: LeadItem): Promise<Park | undefined> => loadPark(lead.parkId);
const nameOf = (u: User | undefined) => u?.name ?? '（未指定）';
const stageLabel = (s: string) => stageLabels[s as LeadStage] ?? s;

type ProjectItem = {
  id: string; version: number; leadIds: string[]; ownerId: string | null;
  milestones: MilestoneDates; performance: Parameters<typeof performanceFlags>[0];
};
const loadProject = async (id: string | undefined): Promise<ProjectItem | undefined> =>
  (id ? (await getItem(keys.project(id), true)) as ProjectItem | undefined : undefined);

// ── Qualify ─────────────────────────────────────────────────────────────────────────────────

export const QualifyInput = z.object({ leadId: LeadId, generation: z.number().int().min(1) });

/**
 * First step of every execution. A new lead: index the firm and look for the same firm being
 * chased in another zone, note its chain-fit score, and give it an owner when it has none (the
 * least-loaded officer nearest to its park). A lead qualified before (a resumed or continued
 * workflow) is not qualified again. Returns the phase to go on with.
 */
export async function qualify(raw: unknown) {
  const { leadId, generation } = QualifyInput.parse(raw);
  const lead = await requireLead(leadId);
  let wf: LeadWorkflow = { ...workflowOf(lead), generation, executionName: executionName(leadId, generation), executionStartedAt: clock.nowIso() };
  const phase = lead.stage === 'signed' ? 'project' : lead.stage === 'lost' ? 'ended' : 'lead';
  if (wf.qualification) {
    await saveWorkflow(leadId, wf);
    return { phase, duplicate: false };
  }
  await indexFirm(leadId, lead.creditCode, lead.parkId);
  const otherLeads = await sameFirmElsewhere(lead.creditCode, leadId);
  const fit = lead['fit'] as { score?: unknown } | undefined;
  let routedOwnerId: string | undefined;
  if (!lead.ownerId && openStages.includes(lead.stage)) {
    const owner = await leastLoadedOfficer(lead.parkPath);
    if (owner && await setOwner(leadId, owner.id, `新线索无跟进人，系统按园区分配给 ${owner.name}`)) routedOwnerId = owner.id;
  }
  wf = {
    ...wf,
    state: 'waiting',
    cycleStartedAt: wf.cycleStartedAt ?? lead.createdAt,
    qualification: {
      otherLeads,
      ...(typeof fit?.score === 'number' ? { chainFitScore: fit.score } : {}),
      ...(routedOwnerId ? { routedOwnerId } : {}),
      at: clock.nowIso(),
    },
  };
  await saveWorkflow(leadId, wf);
  return { phase, duplicate: otherLeads.length > 0 };
}

async function leastLoadedOfficer(parkPath: readonly string[]): Promise<User | undefined> {
  const officers = (await nearestUsers(parkPath, 'officer')).slice(0, 20);
  let best: { user: User; load: number } | undefined;
  for (const user of officers) {
    const out = await ddb.send(new QueryCommand({
      TableName: tableName, IndexName: 'byOwnerDue', Select: 'COUNT',
      KeyConditionExpression: 'gsi4pk = :pk', ExpressionAttributeValues: { ':pk': keys.ownerDue(user.id) },
    }));
    const load = out.Count ?? 0;
    if (!best || load < best.load) best = { user, load };
  }
  return best?.user;
}

/**
 * Give the lead an owner (or none: back to the pool). This is user data, so unlike workflow
 * writes it is a versioned change with an audit entry, and it publishes `lead.updated`.
 */
async function setOwner(leadId: string, ownerId: string | null, summary: string): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const lead = await requireLead(leadId);
    if (lead.ownerId === ownerId) return false;
    const now = clock.nowIso();
    const activity = {
      id: newId('act'), leadId, kind: 'edit', occurredAt: now, summary, fields: ['ownerId'], createdBy: SYSTEM_USER, createdAt: now,
    };
    const set: Record<string, unknown> = { ownerId, updatedAt: now };
    if (ownerId) Object.assign(set, { gsi4pk: keys.ownerDue(ownerId), gsi4sk: `${lead.followUpDue ?? NO_DUE_DATE}#${leadId}` });
    try {
      await transact([
        {
          write: {
            Update: {
              Key: keys.lead(leadId),
              ...versionedUpdate({
                set, remove: ownerId ? [] : ['gsi4pk', 'gsi4sk'], version: lead.version,
                condition: 'attribute_not_exists(#deletedAt)', names: { '#deletedAt': 'deletedAt' },
              }),
            },
          },
          onConditionFailed: () => new DomainError('resource.version_mismatch', 'lead moved'),
        },
        { write: { Put: { Item: { ...keys.activity(leadId, activity.id), entity: 'activity', ...activity }, ConditionExpression: 'attribute_not_exists(pk)' } } },
      ]);
      await publish({ type: 'lead.updated', leadId, parkId: lead.parkId, fields: ['ownerId'] });
      return true;
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'resource.version_mismatch')) throw e;
    }
  }
  throw new Error(`lead ${leadId} kept changing while the workflow set its owner`);
}

// ── Schedule: plan the next wait ──────────────────────────────────────────────────────────────

export const ScheduleInput = z.object({ leadId: LeadId, phase: Phase, generation: z.number().int().min(1) });

export type WaitPlan = {
  leadId: string; phase: Phase; generation: number;
  /** TimeoutSecondsPath of the wait reads this. */
  timeoutSeconds: number;
  due: string | null;
  /** What the plan was made against: the wait completes at once if it changed meanwhile. */
  seen: string;
  /** Set when this execution is old enough to hand over to a new one. */
  continueAs: string | null;
  /** Project phase: nothing left to watch. */
  done: boolean;
};

/**
 * Plan the next wait of either phase: the time to the next rung of the ladder (reminder,
 * escalation, pool; a milestone's; the next 履约 check), capped at one heartbeat. Writes the
 * plan onto the lead (next due, next check) for the API.
 */
export async function schedule(raw: unknown): Promise<WaitPlan> {
  const { leadId, phase, generation } = ScheduleInput.parse(raw);
  const lead = await requireLead(leadId);
  let wf = workflowOf(lead);
  const now = clock.now().getTime();
  const base = { leadId, phase, generation, continueAs: null, done: false };

  // The execution's age from the table (Qualify notes its start), not from the interpreter.
  const startedAt = Date.parse(wf.executionStartedAt ?? lead.createdAt);
  if (now - startedAt > CONTINUE_AFTER_DAYS * 86_400_000) {
    const next = generation + 1;
    const name = executionName(leadId, next);
    await advanceGeneration(leadId, generation, { leadId, generation: next, executionName: name });
    await saveWorkflow(leadId, { ...wf, generation: next, executionName: name });
    return { ...base, generation: next, continueAs: name, timeoutSeconds: 1, due: null, seen: '' };
  }

  const policy = policyOf((await parkOf(lead))?.followUpPolicy);
  if (phase === 'lead') {
    const open = openStages.includes(lead.stage);
    const cycle = wf.cycleStartedAt ?? lead.createdAt;
    const due = open ? followUpDue(lead.followUpDue, cycle, policy) : null;
    const planned = due
      ? nextLeadStep({ due, cycleStartedAt: cycle, policy, hasOwner: !!lead.ownerId, remindedAt: wf.remindedAt, escalated: wf.escalated, escalatedAt: wf.escalatedAt })
      : null;
    const timeoutSeconds = waitSeconds(planned?.at ?? null, now);
    const state = !lead.ownerId && wf.state === 'returned_to_pool' ? 'returned_to_pool'
      : wf.escalated ? 'escalated' : wf.remindedAt ? 'reminded' : 'waiting';
    await saveWorkflow(leadId, { ...wf, state, nextDue: due, nextCheckAt: new Date(now + timeoutSeconds * 1000).toISOString(), waitingSince: new Date(now).toISOString() });
    return { ...base, timeoutSeconds, due, seen: `lead:${lead.version}` };
  }

  const project = await loadProject(lead.projectId);
  if (!project || project.leadIds[0] !== leadId) {
    // A capital increase signed into an existing project: that project's first lead watches it.
    return { ...base, done: true, timeoutSeconds: 1, due: null, seen: '' };
  }
  const plan = (w: LeadWorkflow) => nextProjectStep({
    milestones: project.milestones, policy, hasOwner: !!lead.ownerId, remindedAt: w.remindedAt, escalated: w.escalated,
    performanceChecks: w.performanceChecks ?? 0, lastCheckAt: w.performanceFlag?.at,
  });
  let step = plan(wf);
  let escalation: null | undefined;
  if (step.watching !== wf.watching) {
    await resolveDispatch(wf, `「${watchLabel(wf.watching)}」已完成`);
    wf = { ...freshLadder(wf), watching: step.watching };
    escalation = null;
    step = plan(wf);
  }
  if (step.planned?.step === 'complete') {
    await saveWorkflow(leadId, wf, { escalation });
    return { ...base, done: true, timeoutSeconds: 1, due: null, seen: '' };
  }
  const timeoutSeconds = waitSeconds(step.planned?.at ?? null, now);
  await saveWorkflow(leadId, {
    ...wf, state: wf.escalated ? 'escalated' : 'project', nextDue: step.due,
    nextCheckAt: new Date(now + timeoutSeconds * 1000).toISOString(), waitingSince: new Date(now).toISOString(),
  }, { escalation });
  return { ...base, timeoutSeconds, due: step.due, seen: `project:${project.version}` };
}

const watchLabel = (w: string | undefined) => (w && w in milestoneLabels ? milestoneLabels[w as Milestone] : '履约检查');

// ── AwaitChange: the callback wait ────────────────────────────────────────────────────────────

export const AwaitChangeInput = z.object({
  leadId: LeadId, phase: Phase, taskToken: z.string().min(1), seen: z.string(),
  timeoutSeconds: z.number().int().min(1).max(MAX_WAIT_SECONDS), due: z.string().nullable(),
});

/**
 * Store the wait's task token on the lead; the API's change events send it back. If the lead (or
 * its project) changed after the wait was planned, complete the wait at once — a change is never lost.
 */
export async function awaitChange(raw: unknown): Promise<{ stored: boolean }> {
  const { leadId, phase, taskToken, seen } = AwaitChangeInput.parse(raw);
  const lead = await storeToken(leadId, taskToken);
  if (!lead) throw new LeadGone(`lead ${leadId} is gone`);
  const current = lead.deletedAt !== undefined ? 'deleted'
    : phase === 'lead' ? `lead:${lead.version}` : `project:${(await loadProject(lead.projectId))?.version}`;
  if (current !== seen) await signal(leadId, 'changed_while_planning', taskToken);
  return { stored: true };
}

/** Complete the lead's waiting Task, if one is waiting (exactly once per wait). */
export async function signal(leadId: string, event: string, only?: string): Promise<boolean> {
  const d = driver();
  if (!d) return false;
  const token = await takeToken(leadId, only);
  if (!token) return false;
  return d.sendSuccess(token, { event });
}

// ── Assess: the lead changed ─────────────────────────────────────────────────────────────────

export const AssessInput = z.object({ leadId: LeadId, phase: Phase });

/**
 * A change arrived. Signed → the project phase; lost or deleted → the workflow ends; anything
 * else is progress: the chase starts a new cycle from now (any escalation is withdrawn).
 */
export async function assess(raw: unknown): Promise<{ outcome: 'signed' | 'ended' | 'continue' }> {
  const { leadId, phase } = AssessInput.parse(raw);
  const lead = await loadLead(leadId);
  if (!lead || lead.deletedAt !== undefined) return { outcome: 'ended' };
  if (phase === 'project') return { outcome: 'continue' };
  const wf = workflowOf(lead);
  if (lead.stage === 'lost') return { outcome: 'ended' };
  const signed = lead.stage === 'signed';
  await resolveDispatch(wf, signed ? '线索已签约' : '线索已有新进展');
  const next: LeadWorkflow = signed
    ? { ...freshLadder(wf), state: 'project' }
    : { ...freshLadder(wf), state: lead.ownerId || wf.state !== 'returned_to_pool' ? 'waiting' : 'returned_to_pool', cycleStartedAt: clock.nowIso() };
  await saveWorkflow(leadId, next, { escalation: null });
  return { outcome: signed ? 'signed' : 'continue' };
}

// ── Overdue: a wait timed out ────────────────────────────────────────────────────────────────

export const OverdueInput = z.object({ leadId: LeadId, phase: Phase });
type Action = 'remind' | 'escalate' | 'return_to_pool' | 'check_performance' | 'project' | 'ended' | 'none';

/** A wait ran out: which rung is due now (none when it was only a heartbeat). */
export async function overdue(raw: unknown): Promise<{ action: Action }> {
  const { leadId, phase } = OverdueInput.parse(raw);
  await takeToken(leadId); // the wait ran out: its token is spent
  const lead = await loadLead(leadId);
  if (!lead || lead.deletedAt !== undefined) return { action: 'ended' };
  const wf = workflowOf(lead);
  const now = clock.now().getTime() + 1000;
  const policy = policyOf((await parkOf(lead))?.followUpPolicy);
  if (phase === 'lead') {
    if (lead.stage === 'signed') return { action: 'project' };
    if (lead.stage === 'lost') return { action: 'ended' };
    if (!openStages.includes(lead.stage)) return { action: 'none' };
    const cycle = wf.cycleStartedAt ?? lead.createdAt;
    const planned = nextLeadStep({
      due: followUpDue(lead.followUpDue, cycle, policy), cycleStartedAt: cycle, policy,
      hasOwner: !!lead.ownerId, remindedAt: wf.remindedAt, escalated: wf.escalated, escalatedAt: wf.escalatedAt,
    });
    return { action: planned && planned.at <= now ? planned.step : 'none' };
  }
  const project = await loadProject(lead.projectId);
  if (!project) return { action: 'none' };
  const step = nextProjectStep({
    milestones: project.milestones, policy, hasOwner: !!lead.ownerId, remindedAt: wf.remindedAt, escalated: wf.escalated,
    performanceChecks: wf.performanceChecks ?? 0, lastCheckAt: wf.performanceFlag?.at,
  });
  if (step.watching !== wf.watching || !step.planned || step.planned.at > now) return { action: 'none' };
  return { action: step.planned.step === 'complete' ? 'none' : step.planned.step };
}

// ── Notify: reminders and notices ────────────────────────────────────────────────────────────

export const NotifyInput = z.object({ leadId: LeadId, kind: z.enum(['follow_up_reminder', 'milestone_reminder', 'duplicate_firm']) });

/**
 * Email the owner. A reminder is claimed in the table before it is sent (at most one per cycle,
 * whatever restarts or retries happen) and the claim is released if sending fails, so the
 * Retry sends it again.
 */
export async function notify(raw: unknown): Promise<{ sent: boolean }> {
  const { leadId, kind } = NotifyInput.parse(raw);
  const lead = await requireLead(leadId);
  const wf = workflowOf(lead);
  const park = await parkOf(lead);
  const ref = { leadId, firmName: lead.firmName, parkName: park?.name ?? lead.parkId };
  const owner = lead.ownerId ? await loadUser(lead.ownerId) : undefined;
  const policy = policyOf(park?.followUpPolicy);

  if (kind === 'duplicate_firm') {
    const others = wf.qualification?.otherLeads ?? [];
    const names = await Promise.all(others.map(async (o) => (await loadPark(o.parkId))?.name ?? o.parkId));
    const to = owner ?? (await nearestUsers(lead.parkPath, 'park_manager'))[0];
    if (!to) return { sent: false };
    await sendMail({ to: [to.email], leadId, ...messages.duplicateFirm({ ...ref, recipientName: to.name, others: names.join('、') }) });
    return { sent: true };
  }
  if (wf.remindedAt) return { sent: false };
  if (!owner) {
    // Nobody to remind: the rung counts as taken (the ladder moves on to the manager).
    await saveWorkflow(leadId, { ...wf, remindedAt: clock.nowIso() });
    return { sent: false };
  }

  const claimed: LeadWorkflow = { ...wf, remindedAt: clock.nowIso(), remindersSent: wf.remindersSent + 1, state: wf.state === 'project' ? 'project' : 'reminded' };
  const fresh = { expression: 'attribute_not_exists(#wf.remindedAt)', values: {} };
  if (!await saveWorkflow(leadId, claimed, { condition: fresh })) return { sent: false };
  try {
    if (kind === 'follow_up_reminder') {
      const due = followUpDue(lead.followUpDue, wf.cycleStartedAt ?? lead.createdAt, policy);
      await sendMail({
        to: [owner.email], leadId,
        ...messages.followUpReminder({ ...ref, ownerName: owner.name, stage: stageLabel(lead.stage), due, escalateOn: addDays(due, policy.escalateAfterDays) }),
      });
    } else {
      const project = await loadProject(lead.projectId);
      const m = wf.watching as Milestone;
      const committed = project?.milestones[m]?.committed ?? '';
      await sendMail({
        to: [owner.email], leadId,
        ...messages.milestoneReminder({ ...ref, ownerName: owner.name, milestone: milestoneLabels[m] ?? m, committed, escalateOn: addDays(committed, 1 + policy.escalateAfterDays) }),
      });
      // City dashboards subscribe to this (webhooks): the milestone is past its committed date.
      if (project) await publish({ type: 'milestone.overdue', projectId: project.id, parkId: lead.parkId, milestone: m });
    }
  } catch (e) {
    await saveWorkflow(leadId, wf);
    throw e;
  }
  return { sent: true };
}

// ── Escalate: the park manager and the dispatch agenda ──────────────────────────────────────

export const EscalateInput = z.object({ leadId: LeadId, phase: Phase });

/**
 * Escalate to the park manager nearest to the lead's park: the lead goes on the manager's
 * escalation list (GET /me/escalations) and, as an escalated blocker, onto the dispatch agenda
 * (调度); the manager gets an email. Claimed first (once per cycle or milestone), released if
 * the email cannot be sent.
 */
export async function escalate(raw: unknown): Promise<{ escalatedTo: string | null }> {
  const { leadId, phase } = EscalateInput.parse(raw);
  const lead = await requireLead(leadId);
  const wf = workflowOf(lead);
  if (wf.escalated) return { escalatedTo: wf.escalatedTo ?? null };
  const manager = (await nearestUsers(lead.parkPath, 'park_manager'))[0];
  const since = clock.nowIso();
  const claimed: LeadWorkflow = { ...wf, escalated: true, escalatedAt: since, state: 'escalated', ...(manager ? { escalatedTo: manager.id } : {}) };
  const notYet = { expression: '(attribute_not_exists(#wf.escalated) OR #wf.escalated = :no)', values: { ':no': false } };
  if (!await saveWorkflow(leadId, claimed, { condition: notYet, ...(manager ? { escalation: { managerId: manager.id, since } } : {}) })) {
    return { escalatedTo: null };
  }
  if (!manager) {
    logger.warn('lifecycle: no park manager to escalate to', { leadId, parkId: lead.parkId });
    return { escalatedTo: null };
  }
  try {
    const park = await parkOf(lead);
    const owner = lead.ownerId ? await loadUser(lead.ownerId) : undefined;
    const policy = policyOf(park?.followUpPolicy);
    const ref = { leadId, firmName: lead.firmName, parkName: park?.name ?? lead.parkId };
    const project = phase === 'project' ? await loadProject(lead.projectId) : undefined;
    const m = wf.watching as Milestone;
    const what = phase === 'lead'
      ? `线索跟进逾期：约定跟进日期 ${lead.followUpDue ?? wf.nextDue ?? ''} 已过，提醒 ${wf.remindersSent} 次仍无进展`
      : `项目${milestoneLabels[m] ?? m}逾期：承诺 ${project?.milestones[m]?.committed ?? ''}`;
    const blockerId = await dispatch(phase === 'lead' ? { type: 'lead', id: leadId } : { type: 'project', id: lead.projectId! }, what, manager.id);
    if (blockerId) await saveWorkflow(leadId, { ...claimed, dispatchBlockerId: blockerId }, { escalation: { managerId: manager.id, since } });
    const mail = phase === 'lead'
      ? messages.followUpEscalation({
        ...ref, managerName: manager.name, ownerName: nameOf(owner), due: wf.nextDue ?? lead.followUpDue ?? '', remindersSent: wf.remindersSent,
        poolOn: lead.ownerId ? addDays(shanghaiDate(new Date(wf.cycleStartedAt ?? lead.createdAt)), policy.returnToPoolAfterDays) : null,
      })
      : messages.milestoneEscalation({ ...ref, managerName: manager.name, ownerName: nameOf(owner), milestone: milestoneLabels[m] ?? m, committed: project?.milestones[m]?.committed ?? '' });
    await sendMail({ to: [manager.email], leadId, ...mail });
  } catch (e) {
    await saveWorkflow(leadId, wf, { escalation: null });
    throw e;
  }
  return { escalatedTo: manager.id };
}

/** Put the subject on the dispatch agenda as an escalated blocker (once: an open one is reused). */
async function dispatch(subject: { type: 'lead' | 'project'; id: string }, description: string, ownerId: string): Promise<string | undefined> {
  const existing = (await listBlockers(system, { subjectId: subject.id, status: 'escalated' })).items
    .find((b) => b.raisedBy === SYSTEM_USER);
  if (existing) return existing.id;
  const blocker = await raiseBlocker(system, { subject, description, category: 'other', department: '园区招商部门', ownerId });
  await changeBlockerStatus(system, blocker.id, { to: 'escalated', note: '跟进流程自动提请调度' });
  return blocker.id;
}

/** Take the lead's workflow blocker off the dispatch agenda (resolved), if it is still on it. */
async function resolveDispatch(wf: LeadWorkflow, note: string): Promise<void> {
  if (!wf.dispatchBlockerId) return;
  try {
    await changeBlockerStatus(system, wf.dispatchBlockerId, { to: 'resolved', note });
  } catch (e) {
    if (!(e instanceof DomainError && (e.code === 'blocker.transition_invalid' || e.code === 'resource.not_found'))) throw e;
  }
}

// ── ReturnToPool ─────────────────────────────────────────────────────────────────────────────

export const ReturnToPoolInput = z.object({ leadId: LeadId });

/** Idle too long: the owner is removed (the park reassigns it); the manager is told. */
export async function returnToPool(raw: unknown): Promise<{ returned: boolean }> {
  const { leadId } = ReturnToPoolInput.parse(raw);
  const lead = await requireLead(leadId);
  if (!lead.ownerId) return { returned: false };
  const park = await parkOf(lead);
  const policy = policyOf(park?.followUpPolicy);
  const owner = await loadUser(lead.ownerId);
  await setOwner(leadId, null, `超过 ${policy.returnToPoolAfterDays} 天无进展，退回园区线索池重新分配（原跟进人：${nameOf(owner)}）`);
  const wf = workflowOf((await loadLead(leadId))!);
  await saveWorkflow(leadId, { ...wf, state: 'returned_to_pool' });
  const managers = await nearestUsers(lead.parkPath, 'park_manager');
  for (const m of managers.slice(0, 3)) {
    await sendMail({
      to: [m.email], leadId,
      ...messages.returnedToPool({ leadId, firmName: lead.firmName, parkName: park?.name ?? lead.parkId, managerName: m.name, ownerName: nameOf(owner), idleDays: policy.returnToPoolAfterDays }),
    });
  }
  return { returned: true };
}

// ── CheckPerformance: 履约 after 达产 ───────────────────────────────────────────────────────

export const CheckPerformanceInput = z.object({ leadId: LeadId });

/** One quarterly 履约 check: flag below commitment or below the park's per-mu standard. */
export async function checkPerformance(raw: unknown) {
  const { leadId } = CheckPerformanceInput.parse(raw);
  const lead = await requireLead(leadId);
  const wf = workflowOf(lead);
  const project = await loadProject(lead.projectId);
  if (!project) return { belowCommitment: false, belowPerMuThreshold: false };
  const flags = performanceFlags(project.performance);
  const n = wf.performanceChecks ?? 0;
  const once = { expression: '(attribute_not_exists(#wf.performanceChecks) OR #wf.performanceChecks = :n)', values: { ':n': n } };
  const saved = await saveWorkflow(leadId, { ...wf, performanceChecks: n + 1, performanceFlag: { ...flags, at: clock.nowIso() } }, {
    condition: n === 0 ? { expression: 'attribute_not_exists(#wf.performanceChecks)', values: {} } : once,
  });
  if (saved && (flags.belowCommitment || flags.belowPerMuThreshold)) {
    const park = await parkOf(lead);
    const reasons = [
      flags.belowCommitment ? (project.performance ? '产值或税收低于承诺' : '未报送履约数据') : '',
      flags.belowPerMuThreshold ? '亩均低于园区标准' : '',
    ].filter(Boolean).join('，');
    const owner = project.ownerId ? await loadUser(project.ownerId) : undefined;
    const manager = (await nearestUsers(lead.parkPath, 'park_manager'))[0];
    for (const to of [owner, manager].filter((u): u is User => !!u)) {
      await sendMail({ to: [to.email], leadId, ...messages.performanceWarning({ leadId, firmName: lead.firmName, parkName: park?.name ?? lead.parkId, recipientName: to.name, reasons }) });
    }
  }
  return flags;
}

// ── Finish and RecordFailure ─────────────────────────────────────────────────────────────────

export const FinishInput = z.object({ leadId: LeadId, outcome: z.enum(['completed', 'closed']) });

/** The workflow ends: completed (project followed through) or closed (lost, deleted). */
export async function finish(raw: unknown): Promise<{ state: string }> {
  const { leadId, outcome } = FinishInput.parse(raw);
  const lead = await loadLead(leadId);
  if (lead) {
    const wf = workflowOf(lead);
    await resolveDispatch(wf, outcome === 'completed' ? '项目跟踪已结束' : '线索已流失或删除');
    await saveWorkflow(leadId, { ...freshLadder(wf), state: outcome, nextCheckAt: null, nextDue: null }, { escalation: null });
    await takeToken(leadId);
  }
  await unregister(leadId);
  return { state: outcome };
}

export const RecordFailureInput = z.object({
  leadId: LeadId,
  error: z.object({ Error: z.string().default('Unknown'), Cause: z.unknown().optional() }).default({ Error: 'Unknown' }),
});

/** A Task failed after its retries: the failure goes onto the lead, visible through the API. */
export async function recordFailure(raw: unknown): Promise<{ recorded: boolean }> {
  const { leadId, error } = RecordFailureInput.parse(raw);
  const lead = await loadLead(leadId);
  if (!lead) return { recorded: false };
  const cause = typeof error.Cause === 'string' ? error.Cause : JSON.stringify(error.Cause ?? '');
  const wf = workflowOf(lead);
  await takeToken(leadId);
  logger.error('lifecycle task failed', { leadId, error: error.Error, cause });
  await saveWorkflow(leadId, { ...wf, state: 'failed', nextCheckAt: null, lastError: { error: error.Error, cause: cause.slice(0, 1000), at: clock.nowIso() } });
  return { recorded: true };
}

