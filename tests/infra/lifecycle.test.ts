import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { lifecycleDefinitionJson, lifecycleFunctions, placeholder, type LifecycleFunction } from '#infra/lifecycle/definition.ts';
import { ApiStack } from '#infra/stacks/api-stack.ts';
import { DataStack } from '#infra/stacks/data-stack.ts';
import { LifecycleStack } from '#infra/stacks/lifecycle-stack.ts';

/**
 * CDK assertions for the lifecycle: the properties that matter, no whole-template snapshot.
 * Bundling is skipped (the api stack test already proves the bundle recipe), so this stays fast.
 */
const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };

type Json = Record<string, any>;
type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

let lifecycle: Template;
let api: Template;
let smId: string;
let sm: Json;
let functionIds: Record<LifecycleFunction, string>;

const statementsOf = (t: Template, roleRef: unknown): Statement[] => Object.values(t.findResources('AWS::IAM::Policy'))
  .filter((p) => (p['Properties']['Roles'] as unknown[]).some((r) => isDeepStrictEqual(r, roleRef)))
  .flatMap((p) => p['Properties']['PolicyDocument']['Statement'] as Statement[]);
const actionsOf = (s: Statement[]) => s.flatMap((x) => [x.Action].flat());

beforeAll(() => {
  // Prepare
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const data = new DataStack(app, 'Test-Data', { stage: 'test' });
  const stack = new LifecycleStack(app, 'Test-Lifecycle', { stage: 'test', table: data.table });
  const apiStack = new ApiStack(app, 'Test-Api', { stage: 'test', table: data.table, lifecycle: stack.stateMachine });

  // Act
  lifecycle = Template.fromStack(stack);
  api = Template.fromStack(apiStack);
  const machines = Object.entries(lifecycle.findResources('AWS::StepFunctions::StateMachine'));
  expect(machines).toHaveLength(1);
  [smId, sm] = machines[0]!;
  functionIds = Object.fromEntries((Object.keys(lifecycleFunctions) as LifecycleFunction[]).map((name) => [
    name, stack.getLogicalId(stack.functions[name].node.defaultChild as never),
  ])) as Record<LifecycleFunction, string>;
});

describe('LifecycleStack: the state machine', () => {
  it('deploys the one definition, with every Task resource substituted by its function ARN', () => {
    expect(sm['Properties']['DefinitionString']).toBe(lifecycleDefinitionJson());
    const substitutions = sm['Properties']['DefinitionSubstitutions'] as Json;
    expect(Object.keys(substitutions).sort()).toEqual((Object.keys(lifecycleFunctions) as LifecycleFunction[]).map(placeholder).sort());
    for (const [name, id] of Object.entries(functionIds)) {
      expect(substitutions[placeholder(name as LifecycleFunction)]).toEqual({ 'Fn::GetAtt': [id, 'Arn'] });
    }
  });

  it('is a Standard workflow that logs ALL (with execution data) to CloudWatch and traces with X-Ray', () => {
    expect(sm['Properties']).toMatchObject({
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: true, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: expect.anything() } }] },
    });
    lifecycle.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue(), LogGroupName: Match.absent() });
  });

  it('may invoke its task functions and start only itself (continue as new)', () => {
    const roleRef = { Ref: sm['Properties']['RoleArn']['Fn::GetAtt'][0] };
    const statements = statementsOf(lifecycle, roleRef);
    const invoke = statements.filter((s) => actionsOf([s]).includes('lambda:InvokeFunction'));
    const invoked = invoke.flatMap((s) => [s.Resource].flat());
    for (const id of Object.values(functionIds)) expect(invoked).toContainEqual({ 'Fn::GetAtt': [id, 'Arn'] });
    const start = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('states:')));
    expect(start).toEqual([expect.objectContaining({ Action: 'states:StartExecution', Resource: { Ref: smId } })]);
    expect(actionsOf(statements).some((a) => a.startsWith('dynamodb:') || a.startsWith('ses:'))).toBe(false);
  });
});

describe('LifecycleStack: task functions', () => {
  it('one Node.js 24 arm64 function per task, traced, each bound to the table', () => {
    const fns = lifecycle.findResources('AWS::Lambda::Function');
    expect(Object.keys(fns).sort()).toEqual(Object.values(functionIds).sort());
    for (const fn of Object.values(fns)) {
      expect(fn['Properties']).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' } });
      expect(fn['Properties']['Environment']['Variables']['TABLE_NAME']).toBeDefined();
    }
  });

  it('grants ses:SendEmail (on SES identities only) to the functions that send mail, and to no other', () => {
    for (const [name, id] of Object.entries(functionIds)) {
      const roleRef = { Ref: lifecycle.toJSON()['Resources'][id]['Properties']['Role']['Fn::GetAtt'][0] };
      const ses = statementsOf(lifecycle, roleRef).filter((s) => actionsOf([s]).some((a) => a.startsWith('ses:')));
      if (['Notify', 'Escalate', 'ReturnToPool', 'CheckPerformance'].includes(name)) {
        expect(ses, name).toHaveLength(1);
        expect(ses[0]!.Action).toBe('ses:SendEmail');
        expect(JSON.stringify(ses[0]!.Resource)).toContain(':identity/*');
      } else {
        expect(ses, name).toEqual([]);
      }
    }
  });

  it('lets only the wait function complete its own wait, and only on this state machine', () => {
    const callbacks = Object.entries(lifecycle.findResources('AWS::IAM::Policy'))
      .flatMap(([, p]) => (p['Properties']['PolicyDocument']['Statement'] as Statement[]).map((s) => ({ s, roles: p['Properties']['Roles'] })))
      .filter(({ s }) => actionsOf([s]).includes('states:SendTaskSuccess'));
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]!.s.Resource).toEqual({ Ref: smId });
    const awaitRole = lifecycle.toJSON()['Resources'][functionIds.AwaitChange]['Properties']['Role']['Fn::GetAtt'][0];
    expect(callbacks[0]!.roles).toEqual([{ Ref: awaitRole }]);
  });
});

describe('ApiStack with the lifecycle', () => {
  it('gives the api function the state machine ARN and lets it start executions and answer tasks of this machine only', () => {
    const [, fn] = Object.entries(api.findResources('AWS::Lambda::Function'))[0]!;
    const arn = fn['Properties']['Environment']['Variables']['STATE_MACHINE_ARN'];
    expect(arn).toMatchObject({ 'Fn::ImportValue': expect.any(String) });
    const roleRef = { Ref: fn['Properties']['Role']['Fn::GetAtt'][0] };
    const states = statementsOf(api, roleRef).filter((s) => actionsOf([s]).some((a) => a.startsWith('states:')));
    expect(states).toHaveLength(1);
    expect([states[0]!.Action].flat().sort()).toEqual(['states:SendTaskFailure', 'states:SendTaskSuccess', 'states:StartExecution']);
    expect(states[0]!.Resource).toEqual(arn);
  });
});
