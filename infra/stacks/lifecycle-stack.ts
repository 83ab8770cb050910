import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { CrmFunction, type LogLevel } from '#infra/constructs/crm-function.ts';
import { lifecycleDefinitionJson, lifecycleFunctions, placeholder, type LifecycleFunction } from '#infra/lifecycle/definition.ts';

export interface LifecycleStackProps extends StackProps {
  readonly stage: string;
  readonly table: dynamodb.ITable;
  readonly logLevel?: LogLevel;
  /** The From address of reminders and escalations (an SES-verified identity). */
  readonly mailFrom?: string;
  /** The CRM's event bus: the tasks publish `milestone.overdue` and reassignments on it. */
  readonly eventBus?: events.IEventBus;
}

/** Task functions that send email (reminders, escalations, pool notices, 履约 warnings). */
const sendsMail: ReadonlySet<LifecycleFunction> = new Set(['Notify', 'Escalate', 'ReturnToPool', 'CheckPerformance']);

/**
 * The lead lifecycle: one Standard state machine from infra/lifecycle/definition.ts (the same
 * definition the local runner executes), its Task functions, and the least privilege between them.
 */
export class LifecycleStack extends Stack {
  readonly stateMachine: sfn.StateMachine;
  readonly functions: Record<LifecycleFunction, CrmFunction>;

  constructor(scope: Construct, id: string, props: LifecycleStackProps) {
    super(scope, id, props);
    const isProd = props.stage === 'prod';
    const retention = isProd ? logs.RetentionDays.SIX_MONTHS : logs.RetentionDays.ONE_MONTH;

    this.functions = Object.fromEntries((Object.entries(lifecycleFunctions) as Array<[LifecycleFunction, string]>).map(([name, entry]) => {
      const fn = new CrmFunction(this, `${name}Function`, {
        description: `Lead lifecycle task: ${name}`,
        entry,
        timeout: Duration.seconds(30),
        logLevel: props.logLevel ?? (isProd ? 'info' : 'debug'),
        logRetention: retention,
        environment: sendsMail.has(name) ? { MAIL_FROM: props.mailFrom ?? '招商 CRM <noreply@park-crm.local>' } : {},
      }).bindTable(props.table, { accessMode: 'readWrite' });
      if (props.eventBus) {
        fn.addEnvironment('EVENT_BUS_NAME', props.eventBus.eventBusName);
        props.eventBus.grantPutEventsTo(fn);
      }
      if (sendsMail.has(name)) {
        fn.addToRolePolicy(new iam.PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [this.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' })],
        }));
      }
      return [name, fn];
    })) as Record<LifecycleFunction, CrmFunction>;

    const logGroup = new logs.LogGroup(this, 'LeadLifecycleLogs', { retention });
    this.stateMachine = new sfn.StateMachine(this, 'LeadLifecycle', {
      comment: '招商线索跟进流程',
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromString(lifecycleDefinitionJson()),
      definitionSubstitutions: Object.fromEntries(
        (Object.entries(this.functions) as Array<[LifecycleFunction, CrmFunction]>).map(([name, fn]) => [placeholder(name), fn.functionArn]),
      ),
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
    });
    for (const fn of Object.values(this.functions)) fn.grantInvoke(this.stateMachine);

    // Separate policies (not the default ones): they name the state machine, which itself
    // depends on the functions and its role — a default policy would make a cycle.
    new iam.Policy(this, 'ContinueAsNewPolicy', {
      roles: [this.stateMachine.role],
      statements: [new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [this.stateMachine.stateMachineArn] })],
    });
    new iam.Policy(this, 'AwaitChangeCallbackPolicy', {
      roles: [this.functions.AwaitChange.role!],
      statements: [new iam.PolicyStatement({ actions: ['states:SendTaskSuccess'], resources: [this.stateMachine.stateMachineArn] })],
    });
  }
}
