import { schedule } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: Schedule (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('Schedule', schedule);
