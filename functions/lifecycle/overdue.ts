import { overdue } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: Overdue (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('Overdue', overdue);
