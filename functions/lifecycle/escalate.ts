import { escalate } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: Escalate (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('Escalate', escalate);
