import { handle } from 'hono/aws-lambda';
import { attachLifecycle } from '#shared/domain/lifecycle/callbacks.ts';
import { lifecycleEnv } from '#shared/domain/lifecycle/config.ts';
import { stepFunctionsDriver, useDriver } from '#shared/domain/lifecycle/driver.ts';
import { subscribe } from '#shared/events.ts';
import { busConfigured, toBus } from '#shared/notify/bus.ts';
import { app } from './app.ts';

// With the lifecycle deployed, a new lead starts its execution and every change sends the
// waiting task token back (SendTaskSuccess) — in the request that made the change.
if (lifecycleEnv.STATE_MACHINE_ARN) {
  useDriver(stepFunctionsDriver(lifecycleEnv.STATE_MACHINE_ARN));
  attachLifecycle();
}

// Every domain event goes onto the CRM's EventBridge bus (webhooks are delivered from there).
if (busConfigured()) subscribe(toBus);

/** API Gateway HTTP API (payload v2) → the Hono app. */
export const handler = handle(app);
