import { assess } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

/** Step Functions Task: Assess (see infra/lifecycle/definition.ts). */
export const handler = taskHandler('Assess', assess);
