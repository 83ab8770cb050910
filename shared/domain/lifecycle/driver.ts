import { ExecutionAlreadyExists, SFNClient, SendTaskSuccessCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { logger } from '../../observability/logger.ts';
import { lifecycleEnv } from './config.ts';

export type WorkflowInput = { leadId: string; generation: number };
/** What the waiting Task returns when the lead (or its project) changed. */
export type ChangeSignal = { event: string };

/**
 * Who drives the state machine: Step Functions on AWS, the in-process runner locally
 * (infra/local/lifecycle-runner.ts). The domain only ever talks to this.
 */
export interface WorkflowDriver {
  /** Start an execution with this name; a name already used is refused, never run twice. */
  start(name: string, input: WorkflowInput): Promise<'started' | 'exists'>;
  /** Complete a waiting callback Task (SendTaskSuccess). False when the wait had already ended. */
  sendSuccess(token: string, output: ChangeSignal): Promise<boolean>;
}

let current: WorkflowDriver | undefined;

/** Install the driver of this process; returns a function that removes it. */
export function useDriver(d: WorkflowDriver): () => void {
  current = d;
  return () => { if (current === d) current = undefined; };
}

export const driver = (): WorkflowDriver | undefined => current;

/** Execution names: the lead id, then `<leadId>-g2`, `-g3`… for each later run of the same lead. */
export const executionName = (leadId: string, generation: number) => (generation === 1 ? leadId : `${leadId}-g${generation}`);

const staleTokenErrors = new Set(['TaskDoesNotExist', 'TaskTimedOut', 'InvalidToken']);

/** The AWS driver. `stateMachineArn` is needed to start executions only. */
export function stepFunctionsDriver(stateMachineArn = lifecycleEnv.STATE_MACHINE_ARN): WorkflowDriver {
  const sfn = new SFNClient({ region: lifecycleEnv.AWS_REGION, maxAttempts: 4 });
  return {
    async start(name, input) {
      if (!stateMachineArn) throw new Error('STATE_MACHINE_ARN is not set');
      try {
        await sfn.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
        return 'started';
      } catch (e) {
        if (e instanceof ExecutionAlreadyExists) return 'exists';
        throw e;
      }
    },
    async sendSuccess(token, output) {
      try {
        await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }));
        return true;
      } catch (e) {
        if (!(e instanceof Error && staleTokenErrors.has(e.name))) throw e;
        logger.info('lifecycle callback for a finished wait ignored', { error: e.name });
        return false;
      }
    },
  };
}
