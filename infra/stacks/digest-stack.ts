import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import { TimeZone } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { CrmFunction, type LogLevel } from '#infra/constructs/crm-function.ts';

export interface DigestStackProps extends StackProps {
  readonly stage: string;
  readonly table: dynamodb.ITable;
  readonly logLevel?: LogLevel;
  /** The From address of the digest (an SES-verified identity). */
  readonly mailFrom?: string;
}

/**
 * The weekly digest: one function (functions/digest/handler.ts) started by EventBridge Scheduler
 * every Monday at 08:00 Asia/Shanghai. It reads the table, writes its once-per-week rows, and
 * sends through SES — nothing else.
 */
export class DigestStack extends Stack {
  readonly function: CrmFunction;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: DigestStackProps) {
    super(scope, id, props);
    this.function = new CrmFunction(this, 'DigestFunction', {
      description: 'Weekly digest (每周简报): one email per person per ISO week',
      entry: 'functions/digest/handler.ts',
      timeout: Duration.minutes(10),
      memorySize: 1024,
      logLevel: props.logLevel ?? 'info',
      environment: { MAIL_FROM: props.mailFrom ?? '招商 CRM <noreply@park-crm.cn>' },
    }).bindTable(props.table, { accessMode: 'readWrite' });
    this.function.addToRolePolicy(new iam.PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [this.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' })],
    }));
    this.schedule = new scheduler.Schedule(this, 'EveryMonday0800', {
      description: '每周一 08:00（北京时间）发送每周简报',
      schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '8', weekDay: 'MON', timeZone: TimeZone.ASIA_SHANGHAI }),
      target: new targets.LambdaInvoke(this.function, { retryAttempts: 2, maxEventAge: Duration.hours(2) }),
    });
  }
}
