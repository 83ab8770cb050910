import { subscribe, type DomainEvent } from '../../events.ts';
import { getItem } from '../../db/ops.ts';
import { keys } from '../../db/table.ts';
import { logger } from '../../observability/logger.ts';
import { driver, executionName } from './driver.ts';
import { advanceGeneration, loadLead, loadRegistration, register } from './store.ts';
import { assess, signal } from './tasks.ts';

/**
 * The API's side of the lifecycle: domain events (published after each committed change) start
 * a lead's workflow and deliver the callbacks of a waiting one. Installed by the API Lambda on
 * AWS and by the local runner; without a driver nothing happens (tests of other features).
 */
export function attachLifecycle(): () => void {
  return subscribe(async (event) => {
    if (!driver()) return;
    switch (event.type) {
      case 'lead.created':
        await startWorkflow(event.leadId);
        return;
      case 'project.milestone_recorded': {
        const project = await getItem(keys.project(event.projectId), true);
        const leadId = (project?.['leadIds'] as string[] | undefined)?.[0];
        if (leadId) await deliver(leadId, event);
        return;
      }
      case 'blocker.escalated':
      case 'milestone.overdue':
        return;
      default:
        await deliver(event.leadId, event);
    }
  });
}

/** A new lead: register it as active (so a restart resumes it), then start its execution. */
export async function startWorkflow(leadId: string): Promise<'started' | 'exists'> {
  const d = driver();
  if (!d) throw new Error('no lifecycle driver installed');
  await register({ leadId, generation: 1, executionName: executionName(leadId, 1) });
  return d.start(executionName(leadId, 1), { leadId, generation: 1 });
}

/**
 * Hand the change to the waiting Task. If nobody waits: a workflow that failed, or closed on a
 * lead that has come back (lost → reopened), runs again as the next generation.
 */
async function deliver(leadId: string, event: DomainEvent): Promise<void> {
  if (await signal(leadId, event.type)) return;
  const lead = await loadLead(leadId);
  const wf = lead?.workflow;
  if (!lead || lead.deletedAt !== undefined || !wf) return;
  const revived = wf.state === 'failed' || (wf.state === 'closed' && lead.stage !== 'lost');
  if (!revived) return;
  const generation = (await loadRegistration(leadId))?.generation ?? wf.generation ?? 1;
  const next = { leadId, generation: generation + 1, executionName: executionName(leadId, generation + 1) };
  if (!await advanceGeneration(leadId, generation, next)) return;
  // The change that revives it is progress, as for a waiting workflow: a new cycle from now.
  await assess({ leadId, phase: lead.stage === 'signed' ? 'project' : 'lead' });
  logger.info('lifecycle restarted', { leadId, generation: next.generation, after: wf.state });
  await driver()!.start(next.executionName, { leadId, generation: next.generation });
}
