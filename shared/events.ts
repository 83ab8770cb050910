import { newId } from './ids.ts';
import { logger } from './observability/logger.ts';

/**
 * Domain events, named `area.past_tense`, published after the change they describe has been
 * committed. Subscribers are the edges: the lifecycle workflow (a waiting lead's callback),
 * later webhooks. A subscriber's failure is logged and never undoes or fails the change.
 */
export type DomainEvent =
  | { type: 'lead.created'; leadId: string; parkId: string }
  | { type: 'lead.updated'; leadId: string; parkId: string; fields: string[] }
  | { type: 'lead.stage_changed'; leadId: string; parkId: string; from: string; to: string }
  | { type: 'lead.activity_recorded'; leadId: string; parkId: string; kind: string }
  | { type: 'lead.deleted'; leadId: string; parkId: string }
  | { type: 'project.signed'; projectId: string; leadId: string; parkId: string; countedAs: 'new_project' | 'capital_increase' }
  | { type: 'project.milestone_recorded'; projectId: string; parkId: string; milestone: string }
  | { type: 'blocker.escalated'; blockerId: string; parkId: string }
  | { type: 'milestone.overdue'; projectId: string; parkId: string; milestone: string };

/** An event as subscribers get it: with its own id (deliveries are keyed by it) and time. */
export type PublishedEvent = DomainEvent & { id: string; at: string };
type Subscriber = (event: PublishedEvent) => Promise<void> | void;
const subscribers: Subscriber[] = [];

/** Register a subscriber; returns a function that removes it. */
export function subscribe(s: Subscriber): () => void {
  subscribers.push(s);
  return () => {
    const i = subscribers.indexOf(s);
    if (i >= 0) subscribers.splice(i, 1);
  };
}

export async function publish(event: DomainEvent): Promise<void> {
  const stamped: PublishedEvent = { ...event, id: newId('evt'), at: new Date().toISOString() };
  await Promise.all(subscribers.map(async (s) => {
    try {
      await s(stamped);
    } catch (error) {
      logger.error('event subscriber failed', { event: event.type, error });
    }
  }));
}
