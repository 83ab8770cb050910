import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { webhookEvents } from '#shared/domain/webhooks/schema.ts';
import { ApiStack } from '#infra/stacks/api-stack.ts';
import { DataStack } from '#infra/stacks/data-stack.ts';
import { DigestStack } from '#infra/stacks/digest-stack.ts';
import { EventsStack } from '#infra/stacks/events-stack.ts';

/** The digest schedule, the event bus and webhook delivery, and the API's right to publish. */
const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };
type Json = Record<string, any>;

let digest: Template;
let eventsT: Template;
let api: Template;

beforeAll(() => {
  const app = new App({ context: cdkJson.context });
  const data = new DataStack(app, 'T-Data', { stage: 'test' });
  const ev = new EventsStack(app, 'T-Events', { stage: 'test', table: data.table });
  const apiStack = new ApiStack(app, 'T-Api', { stage: 'test', table: data.table, eventBus: ev.bus });
  const dg = new DigestStack(app, 'T-Digest', { stage: 'test', table: data.table, mailFrom: '招商 CRM <crm@example.cn>' });
  digest = Template.fromStack(dg);
  eventsT = Template.fromStack(ev);
  api = Template.fromStack(apiStack);
});

const statements = (t: Template): Json[] => Object.values(t.findResources('AWS::IAM::Policy'))
  .flatMap((p) => (p as Json)['Properties']['PolicyDocument']['Statement'] as Json[]);

describe('DigestStack', () => {
  it('runs the digest every Monday 08:00 Asia/Shanghai, retrying a failed invocation', () => {
    digest.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 8 ? * MON *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      State: 'ENABLED',
      Target: Match.objectLike({ RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }) }),
    });
  });

  it('is a Node 24 arm64 function with the table and SES, nothing more', () => {
    digest.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Environment: { Variables: Match.objectLike({ MAIL_FROM: '招商 CRM <crm@example.cn>', TABLE_NAME: Match.anyValue() }) },
    });
    const actions = statements(digest).flatMap((s) => [s['Action']].flat() as string[]);
    expect(actions).toContain('ses:SendEmail');
    expect(actions.filter((a) => a.startsWith('dynamodb:')).length).toBeGreaterThan(0);
    // X-Ray needs "*"; data and mail never do.
    for (const s of statements(digest).filter((st) => [st['Action']].flat().some((a: string) => /^(dynamodb|ses):/.test(a)))) {
      expect(JSON.stringify(s['Resource'])).not.toBe('"*"');
    }
  });
});

describe('EventsStack', () => {
  it('routes every webhook event type from the bus to the webhook function, with retries', () => {
    eventsT.resourceCountIs('AWS::Events::EventBus', 1);
    eventsT.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['park-crm'], 'detail-type': [...webhookEvents] },
      Targets: [Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 21600 } })],
    });
  });

  it('lets the API put events on this bus only', () => {
    const put = statements(api).filter((s) => [s['Action']].flat().includes('events:PutEvents'));
    expect(put).toHaveLength(1);
    expect(JSON.stringify(put[0]!['Resource'])).toContain('Bus');
    api.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ EVENT_BUS_NAME: Match.anyValue() }) },
    });
  });
});
