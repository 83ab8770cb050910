import { returnToPool } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: ReturnToPool (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('ReturnToPool', returnToPool);
