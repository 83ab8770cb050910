import { qualify } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: Qualify (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('Qualify', qualify);
