import { notify } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: Notify (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('Notify', notify);
