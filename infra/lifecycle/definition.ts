/**
 * The lead lifecycle state machine (Amazon States Language, JSONPath) — the one definition:
 * CDK deploys it with `${…FunctionArn}` substituted (DefinitionSubstitutions), and the local
 * runner (infra/local/lifecycle-runner.ts) runs it unchanged with aws-local-stepfunctions, each
 * Task state mapped to the same middy handler in functions/lifecycle/.
 *
 *   Qualify ─► (same firm elsewhere? NotifyDuplicate) ─► lead or project phase
 *   lead:    ScheduleFollowUp ─► AwaitLeadChange (callback, timeout = next rung of the ladder)
 *              change  ─► LeadChanged ─► signed: project · lost/deleted: Ended · else ScheduleFollowUp
 *              timeout ─► FollowUpDue ─► RemindOwner | EscalateToManager | ReturnToPool ─► ScheduleFollowUp
 *   project: ScheduleProjectCheck ─► AwaitProjectChange (callback, timeout = milestone / 履约 check)
 *              change  ─► ScheduleProjectCheck
 *              timeout ─► ProjectDue ─► RemindMilestoneOwner | EscalateMilestone | CheckPerformance ─► ScheduleProjectCheck
 *            ─► Completed once 达产 and the 履约 checks are done
 *   any Task error: retried with backoff, then RecordFailure (onto the lead) ─► Failed
 *   an execution nearing a year continues as a new one (ContinueAsNew).
 *
 * Tasks get ids, never records. The wait's plan sits under `$.Payload` so `TimeoutSecondsPath`
 * resolves the same whether an interpreter reads the state's raw input (Step Functions) or the
 * input after Parameters (aws-local-stepfunctions).
 */

/** The Lambda functions behind the Task states: placeholder → handler file. */
export const lifecycleFunctions = {
  Qualify: 'functions/lifecycle/qualify.ts',
  Schedule: 'functions/lifecycle/schedule.ts',
  AwaitChange: 'functions/lifecycle/await-change.ts',
  Assess: 'functions/lifecycle/assess.ts',
  Overdue: 'functions/lifecycle/overdue.ts',
  Notify: 'functions/lifecycle/notify.ts',
  Escalate: 'functions/lifecycle/escalate.ts',
  ReturnToPool: 'functions/lifecycle/return-to-pool.ts',
  CheckPerformance: 'functions/lifecycle/check-performance.ts',
  Finish: 'functions/lifecycle/finish.ts',
  RecordFailure: 'functions/lifecycle/record-failure.ts',
} as const;
export type LifecycleFunction = keyof typeof lifecycleFunctions;

/** `${QualifyFunctionArn}`: the DefinitionSubstitutions key of a function. */
export const placeholder = (fn: LifecycleFunction) => `${fn}FunctionArn`;
const arn = (fn: LifecycleFunction) => `\${${placeholder(fn)}}`;

export const WAIT_FOR_TOKEN = 'arn:aws:states:::lambda:invoke.waitForTaskToken';
export const START_EXECUTION = 'arn:aws:states:::states:startExecution';

const lambdaErrors = ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'];

/** Retry with backoff: Lambda service hiccups quickly, task errors (DynamoDB, SES) more slowly. */
const retry = [
  { ErrorEquals: ['Lifecycle.LeadGone'], MaxAttempts: 0 },
  { ErrorEquals: lambdaErrors, IntervalSeconds: 2, MaxAttempts: 5, BackoffRate: 2, JitterStrategy: 'FULL' },
  { ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 10, MaxAttempts: 3, BackoffRate: 3, MaxDelaySeconds: 300, JitterStrategy: 'FULL' },
];
const onError = [
  { ErrorEquals: ['Lifecycle.LeadGone'], ResultPath: '$.error', Next: 'Ended' },
  { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'RecordFailure' },
];

/** A Lambda Task: direct function ARN, so its output is the function's result on both sides. */
const task = (fn: LifecycleFunction, parameters: Record<string, unknown>, next: string, resultPath: string | null = null) => ({
  Type: 'Task',
  Resource: arn(fn),
  Parameters: { 'leadId.$': '$.leadId', ...parameters },
  ResultPath: resultPath,
  Retry: retry,
  Catch: onError,
  Next: next,
});

/** The callback wait: the token goes onto the lead; the API's change events send it back. */
const awaitChange = (phase: 'lead' | 'project', onChange: string, onTimeout: string) => ({
  Type: 'Task',
  Resource: WAIT_FOR_TOKEN,
  Parameters: {
    FunctionName: arn('AwaitChange'),
    Payload: {
      'leadId.$': '$.Payload.leadId',
      phase,
      'taskToken.$': '$$.Task.Token',
      'timeoutSeconds.$': '$.Payload.timeoutSeconds',
      'due.$': '$.Payload.due',
      'seen.$': '$.Payload.seen',
    },
  },
  TimeoutSecondsPath: '$.Payload.timeoutSeconds',
  ResultPath: '$.change',
  Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 0 }, ...retry],
  Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.timeout', Next: onTimeout }, ...onError],
  Next: onChange,
});

const schedule = (phase: 'lead' | 'project', next: string) =>
  task('Schedule', { phase, 'generation.$': '$.generation' }, next, '$.Payload');

const equals = (variable: string, value: string, next: string) => ({ Variable: variable, StringEquals: value, Next: next });

export const lifecycleDefinition = {
  Comment: '招商线索跟进流程：资格审核 → 跟进提醒/上报/退回线索池 → 签约后的里程碑与履约跟踪',
  StartAt: 'Qualify',
  States: {
    Qualify: task('Qualify', { 'generation.$': '$.generation' }, 'SameFirmElsewhere', '$.qualify'),
    SameFirmElsewhere: {
      Type: 'Choice',
      Choices: [{ Variable: '$.qualify.duplicate', BooleanEquals: true, Next: 'NotifyDuplicate' }],
      Default: 'WhichPhase',
    },
    NotifyDuplicate: task('Notify', { kind: 'duplicate_firm' }, 'WhichPhase'),
    WhichPhase: {
      Type: 'Choice',
      Choices: [equals('$.qualify.phase', 'project', 'ScheduleProjectCheck'), equals('$.qualify.phase', 'ended', 'Ended')],
      Default: 'ScheduleFollowUp',
    },

    // ── lead phase ──
    ScheduleFollowUp: schedule('lead', 'FollowUpScheduled'),
    FollowUpScheduled: {
      Type: 'Choice',
      Choices: [{ Variable: '$.Payload.continueAs', IsString: true, Next: 'ContinueAsNew' }],
      Default: 'AwaitLeadChange',
    },
    AwaitLeadChange: awaitChange('lead', 'LeadChanged', 'FollowUpDue'),
    LeadChanged: task('Assess', { phase: 'lead' }, 'LeadOutcome', '$.assess'),
    LeadOutcome: {
      Type: 'Choice',
      Choices: [equals('$.assess.outcome', 'signed', 'ScheduleProjectCheck'), equals('$.assess.outcome', 'ended', 'Ended')],
      Default: 'ScheduleFollowUp',
    },
    FollowUpDue: task('Overdue', { phase: 'lead' }, 'FollowUpAction', '$.overdue'),
    FollowUpAction: {
      Type: 'Choice',
      Choices: [
        equals('$.overdue.action', 'remind', 'RemindOwner'),
        equals('$.overdue.action', 'escalate', 'EscalateToManager'),
        equals('$.overdue.action', 'return_to_pool', 'ReturnToPool'),
        equals('$.overdue.action', 'project', 'ScheduleProjectCheck'),
        equals('$.overdue.action', 'ended', 'Ended'),
      ],
      Default: 'ScheduleFollowUp',
    },
    RemindOwner: task('Notify', { kind: 'follow_up_reminder' }, 'ScheduleFollowUp'),
    EscalateToManager: task('Escalate', { phase: 'lead' }, 'ScheduleFollowUp'),
    ReturnToPool: task('ReturnToPool', {}, 'ScheduleFollowUp'),

    // ── project phase ──
    ScheduleProjectCheck: schedule('project', 'ProjectScheduled'),
    ProjectScheduled: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.Payload.continueAs', IsString: true, Next: 'ContinueAsNew' },
        { Variable: '$.Payload.done', BooleanEquals: true, Next: 'Completed' },
      ],
      Default: 'AwaitProjectChange',
    },
    AwaitProjectChange: awaitChange('project', 'ScheduleProjectCheck', 'ProjectDue'),
    ProjectDue: task('Overdue', { phase: 'project' }, 'ProjectAction', '$.overdue'),
    ProjectAction: {
      Type: 'Choice',
      Choices: [
        equals('$.overdue.action', 'remind', 'RemindMilestoneOwner'),
        equals('$.overdue.action', 'escalate', 'EscalateMilestone'),
        equals('$.overdue.action', 'check_performance', 'CheckPerformance'),
        equals('$.overdue.action', 'ended', 'Ended'),
      ],
      Default: 'ScheduleProjectCheck',
    },
    RemindMilestoneOwner: task('Notify', { kind: 'milestone_reminder' }, 'ScheduleProjectCheck'),
    EscalateMilestone: task('Escalate', { phase: 'project' }, 'ScheduleProjectCheck'),
    CheckPerformance: task('CheckPerformance', {}, 'ScheduleProjectCheck'),

    // ── ends ──
    Completed: task('Finish', { outcome: 'completed' }, 'Done'),
    Ended: { ...task('Finish', { outcome: 'closed' }, 'Done'), Catch: [onError[1]] },
    Done: { Type: 'Succeed' },
    ContinueAsNew: {
      Type: 'Task',
      Resource: START_EXECUTION,
      Parameters: {
        'StateMachineArn.$': '$$.StateMachine.Id',
        'Name.$': '$.Payload.continueAs',
        Input: { 'leadId.$': '$.leadId', 'generation.$': '$.Payload.generation', 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id' },
      },
      ResultPath: null,
      Retry: retry.slice(1),
      Catch: [onError[1]],
      Next: 'Continued',
    },
    Continued: { Type: 'Succeed' },
    RecordFailure: {
      Type: 'Task',
      Resource: arn('RecordFailure'),
      Parameters: { 'leadId.$': '$.leadId', 'error.$': '$.error' },
      ResultPath: null,
      Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 5, MaxAttempts: 5, BackoffRate: 2, JitterStrategy: 'FULL' }],
      Next: 'Failed',
    },
    Failed: { Type: 'Fail', Error: 'Lifecycle.Failed', Cause: 'A task failed after its retries; the error is recorded on the lead (workflow.lastError).' },
  },
} as const;

export type LifecycleDefinition = typeof lifecycleDefinition;

/** The definition as JSON, for CDK's DefinitionBody and for asl-validator. */
export const lifecycleDefinitionJson = () => JSON.stringify(lifecycleDefinition);
