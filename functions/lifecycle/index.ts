import type { LifecycleFunction } from '#infra/lifecycle/definition.ts';
import { handler as assess } from './assess.ts';
import { handler as awaitChange } from './await-change.ts';
import { handler as checkPerformance } from './check-performance.ts';
import { handler as escalate } from './escalate.ts';
import { handler as finish } from './finish.ts';
import { handler as notify } from './notify.ts';
import { handler as overdue } from './overdue.ts';
import { handler as qualify } from './qualify.ts';
import { handler as recordFailure } from './record-failure.ts';
import { handler as returnToPool } from './return-to-pool.ts';
import { handler as schedule } from './schedule.ts';

/** Every Task handler by the function name the definition uses (for the local runner). */
export const lifecycleHandlers: Record<LifecycleFunction, (event: unknown, context: import('aws-lambda').Context) => Promise<unknown>> = {
  Qualify: qualify,
  Schedule: schedule,
  AwaitChange: awaitChange,
  Assess: assess,
  Overdue: overdue,
  Notify: notify,
  Escalate: escalate,
  ReturnToPool: returnToPool,
  CheckPerformance: checkPerformance,
  Finish: finish,
  RecordFailure: recordFailure,
};
