import { driver, stepFunctionsDriver, useDriver } from '#shared/domain/lifecycle/driver.ts';
import { awaitChange } from '#shared/domain/lifecycle/tasks.ts';
import { taskHandler } from './task.ts';

// On AWS this function may complete its own wait (SendTaskSuccess) when the lead changed while
// the wait was being planned; locally the runner has installed its own driver already.
if (!driver()) useDriver(stepFunctionsDriver());

/**
 * Step Functions Task: AwaitLeadChange / AwaitProjectChange (`lambda:invoke.waitForTaskToken`).
 * Stores the task token on the lead and returns; the Task completes when the API sends the token
 * back (a change) or times out at the next rung of the ladder.
 */
export const handler = taskHandler('AwaitChange', awaitChange);
