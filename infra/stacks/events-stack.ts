import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import type { Construct } from 'constructs';
import { CrmFunction, type LogLevel } from '#infra/constructs/crm-function.ts';
import { webhookEvents } from '#shared/domain/webhooks/schema.ts';

export interface EventsStackProps extends StackProps {
  readonly stage: string;
  readonly table: dynamodb.ITable;
  readonly logLevel?: LogLevel;
}

/**
 * The CRM's event bus: the API puts every domain event on it; a rule sends webhook event types
 * to the webhook function, which signs and delivers them. EventBridge retries a failed delivery
 * with backoff (up to 8 times within 6 hours).
 */
export class EventsStack extends Stack {
  readonly bus: events.EventBus;
  readonly webhookFunction: CrmFunction;

  constructor(scope: Construct, id: string, props: EventsStackProps) {
    super(scope, id, props);
    this.bus = new events.EventBus(this, 'Bus', { description: '招商 CRM domain events' });
    this.webhookFunction = new CrmFunction(this, 'WebhookFunction', {
      description: 'Signs and delivers webhook events',
      entry: 'functions/webhooks/handler.ts',
      timeout: Duration.seconds(30),
      logLevel: props.logLevel ?? 'info',
    }).bindTable(props.table, { accessMode: 'readWrite' });
    new events.Rule(this, 'WebhookEvents', {
      eventBus: this.bus,
      eventPattern: { source: ['park-crm'], detailType: [...webhookEvents] },
      targets: [new eventTargets.LambdaFunction(this.webhookFunction, { retryAttempts: 8, maxEventAge: Duration.hours(6) })],
    });
  }
}
