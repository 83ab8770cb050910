import validator from 'asl-validator';
import { describe, expect, it } from 'vitest';
import { lifecycleDefinition, lifecycleDefinitionJson, lifecycleFunctions, placeholder, type LifecycleFunction } from '../../infra/lifecycle/definition.ts';

/** The one definition is valid ASL, as written (placeholders) and as CDK deploys it (ARNs). */
const substituted = () => {
  let json = lifecycleDefinitionJson();
  for (const fn of Object.keys(lifecycleFunctions) as LifecycleFunction[]) {
    json = json.replaceAll(`\${${placeholder(fn)}}`, `arn:aws:lambda:cn-north-1:123456789012:function:ParkCrm-test-${fn}`);
  }
  return JSON.parse(json) as unknown;
};

describe('lifecycle definition', () => {
  it('passes asl-validator with placeholders and with the substituted Lambda ARNs', () => {
    for (const definition of [JSON.parse(lifecycleDefinitionJson()) as unknown, substituted()]) {
      const result = validator(definition, { checkPaths: true, checkArn: true });
      expect(result.errorsText('\n'), 'asl-validator').toBe('');
      expect(result.isValid).toBe(true);
    }
  });

  it('retries every Task with backoff and catches every error into RecordFailure', () => {
    const tasks = Object.entries(lifecycleDefinition.States).filter(([, s]) => s.Type === 'Task');
    for (const [name, state] of tasks) {
      const s = state as { Retry?: Array<{ ErrorEquals: string[]; BackoffRate?: number }>; Catch?: Array<{ ErrorEquals: string[]; Next: string }> };
      expect(s.Retry?.some((r) => (r.BackoffRate ?? 2) > 1), `${name} retries with backoff`).toBe(true);
      if (name === 'RecordFailure') continue;
      expect(s.Catch?.find((c) => c.ErrorEquals.includes('States.ALL'))?.Next, `${name} catches`).toBe('RecordFailure');
    }
  });

  it('waits by callback with the timeout read from the state (TimeoutSecondsPath) and the token passed to the handler', () => {
    for (const name of ['AwaitLeadChange', 'AwaitProjectChange'] as const) {
      const s = lifecycleDefinition.States[name];
      expect(s.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
      expect(s.TimeoutSecondsPath).toBe('$.Payload.timeoutSeconds');
      expect(s.Parameters.Payload['taskToken.$']).toBe('$$.Task.Token');
      expect(s.Catch[0]).toMatchObject({ ErrorEquals: ['States.Timeout'] });
    }
  });
});
