import { recordFailure } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: RecordFailure (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('RecordFailure', recordFailure);
