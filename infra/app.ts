import { App } from 'aws-cdk-lib';
import { ApiStack } from '#infra/stacks/api-stack.ts';
import { DataStack } from '#infra/stacks/data-stack.ts';
import { DigestStack } from '#infra/stacks/digest-stack.ts';
import { EventsStack } from '#infra/stacks/events-stack.ts';
import { LifecycleStack } from '#infra/stacks/lifecycle-stack.ts';
import type { LogLevel } from '#infra/constructs/crm-function.ts';

/**
 * CDK entry: the stacks of one stage. `cdk synth -c stage=prod` (default `dev`).
 * No account is written down: the CLI's CDK_DEFAULT_ACCOUNT/REGION are used when present,
 * otherwise the stacks are environment-agnostic.
 */
const app = new App();
const stage = String(app.node.tryGetContext('stage') ?? 'dev');
if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) throw new Error(`invalid stage "${stage}": lower-case letters, digits, dashes`);
const logLevel = app.node.tryGetContext('logLevel') as LogLevel | undefined;

const account = process.env['CDK_DEFAULT_ACCOUNT'];
const region = process.env['CDK_DEFAULT_REGION'];
const env = account || region ? { ...(account ? { account } : {}), ...(region ? { region } : {}) } : undefined;

const common = {
  stage,
  ...(env ? { env } : {}),
  tags: { project: 'park-crm', stage },
};
const prefix = `ParkCrm-${stage}`;

const data = new DataStack(app, `${prefix}-Data`, {
  ...common,
  description: `招商 CRM data (${stage}): the single DynamoDB table`,
});
const eventsStack = new EventsStack(app, `${prefix}-Events`, {
  ...common,
  description: `招商 CRM events (${stage}): the event bus and webhook delivery`,
  table: data.table,
  ...(logLevel ? { logLevel } : {}),
});
const lifecycle = new LifecycleStack(app, `${prefix}-Lifecycle`, {
  ...common,
  description: `招商 CRM lead lifecycle (${stage}): Step Functions state machine and its task functions`,
  table: data.table,
  eventBus: eventsStack.bus,
  ...(logLevel ? { logLevel } : {}),
  ...(app.node.tryGetContext('mailFrom') ? { mailFrom: String(app.node.tryGetContext('mailFrom')) } : {}),
});
new ApiStack(app, `${prefix}-Api`, {
  ...common,
  description: `招商 CRM API (${stage}): Cognito, HTTP API, api Lambda`,
  table: data.table,
  lifecycle: lifecycle.stateMachine,
  eventBus: eventsStack.bus,
  ...(logLevel ? { logLevel } : {}),
});
new DigestStack(app, `${prefix}-Digest`, {
  ...common,
  description: `招商 CRM weekly digest (${stage}): Monday 08:00 Asia/Shanghai`,
  table: data.table,
  ...(logLevel ? { logLevel } : {}),
  ...(app.node.tryGetContext('mailFrom') ? { mailFrom: String(app.node.tryGetContext('mailFrom')) } : {}),
});

app.synth();
