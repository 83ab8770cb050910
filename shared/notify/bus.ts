import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { PublishedEvent } from '../events.ts';

/**
 * On AWS the API hands every domain event to the CRM's EventBridge bus; a rule sends the ones
 * webhooks care about to the webhook function. (Locally the runtime dispatches in-process.)
 */
const bus = process.env['EVENT_BUS_NAME'];
const client = bus ? new EventBridgeClient({}) : undefined;

export const SOURCE = 'park-crm';

export async function toBus(event: PublishedEvent): Promise<void> {
  if (!client || !bus) return;
  await client.send(new PutEventsCommand({
    Entries: [{ EventBusName: bus, Source: SOURCE, DetailType: event.type, Detail: JSON.stringify(event) }],
  }));
}

export const busConfigured = () => client !== undefined;
