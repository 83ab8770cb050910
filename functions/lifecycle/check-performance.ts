import { checkPerformance } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: CheckPerformance (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('CheckPerformance', checkPerformance);
