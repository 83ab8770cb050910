import { finish } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: Finish (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('Finish', finish);
