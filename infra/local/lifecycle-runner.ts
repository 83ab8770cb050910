/**
 * The lead lifecycle on one machine: the same ASL definition CDK deploys, run by
 * aws-local-stepfunctions with every Task state mapped to its middy handler in functions/lifecycle/.
 *
 * - It is the process's WorkflowDriver: `lead.created` starts one execution per lead (a name is
 *   never run twice), and the API's change events complete a waiting Task in-process.
 * - Callback waits (`.waitForTaskToken`): the handler stores a token on the lead; the wait ends
 *   when `sendSuccess(token)` arrives or when `clock` passes its timeout (States.Timeout).
 *   Waits follow `shared/clock.ts`, so tests move time with `advance()` and never really wait.
 * - `resume()` restarts every active workflow from the table (a Query of WORKFLOWS#active); the
 *   workflow's state (reminders sent, escalations) is in the table, so nothing is sent twice.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { clock } from '../../shared/clock.ts';
import { attachLifecycle } from '../../shared/domain/lifecycle/callbacks.ts';
import { useDriver, type ChangeSignal, type WorkflowDriver, type WorkflowInput } from '../../shared/domain/lifecycle/driver.ts';
import { activePage } from '../../shared/domain/lifecycle/store.ts';
import { logger } from '../../shared/observability/logger.ts';
import { lifecycleHandlers } from '../../functions/lifecycle/index.ts';
import { lifecycleDefinition, lifecycleFunctions, START_EXECUTION, WAIT_FOR_TOKEN, type LifecycleFunction } from '../lifecycle/definition.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type LocalHandler = (input: Json) => Promise<Json>;

export type RunnerOptions = {
  /** Pause before each Retry, ms (tests: 0). Default: the definition's own backoff. */
  retryIntervalMs?: number;
  /** How often (real ms) waits are checked against the clock. 0: only on advance()/poll(). */
  pollMs?: number;
  /** Replace the handler of some Task states (tests inject faults this way). */
  override?: Partial<Record<string, LocalHandler>>;
  /** Hold starts until `resume()` (boot: leads logged while seeding are registered, then run together). */
  deferStarts?: boolean;
};

export type RecordedEvent = { type: string; state?: string; at: number };
type Execution = { name: string; leadId: string; waiting: boolean; done: boolean; events: RecordedEvent[]; abort: () => void; finished: Promise<void> };
type Waiter = { execution: Execution | undefined; deadline: number; resolve: (v: ChangeSignal) => void; reject: (e: Error) => void };

/** Step Functions history events per state entered (the AWS model), for the budget estimate. */
const historyEventsOf = (stateName: string): number => {
  const s = (lifecycleDefinition.States as Record<string, { Type: string; Resource?: string }>)[stateName];
  if (!s) return 0;
  if (s.Type !== 'Task') return s.Type === 'Fail' ? 1 : 2; // …StateEntered + …StateExited
  // TaskStateEntered, (Task|LambdaFunction)Scheduled, …Started, [TaskSubmitted], …Succeeded|TimedOut, TaskStateExited
  return s.Resource === WAIT_FOR_TOKEN || s.Resource === START_EXECUTION ? 6 : 5;
};

const functionOf = (resource: string): LifecycleFunction => {
  const name = /^\$\{(\w+)FunctionArn\}$/.exec(resource)?.[1];
  if (!name || !(name in lifecycleFunctions)) throw new Error(`no local handler for resource ${resource}`);
  return name as LifecycleFunction;
};

const lambdaContext = (fn: string): Context => ({
  functionName: `park-crm-local-${fn}`, functionVersion: '$LATEST', invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${fn}`,
  memoryLimitInMB: '1024', awsRequestId: randomUUID(), logGroupName: 'local', logStreamName: 'local',
  callbackWaitsForEmptyEventLoop: false, getRemainingTimeInMillis: () => 60_000, done: () => {}, fail: () => {}, succeed: () => {},
});

const stoppedError = () => Object.assign(new Error('the lifecycle runner stopped'), { name: 'Lifecycle.Stopped' });
const timeoutError = () => Object.assign(new Error('the wait ran out (callback timeout)'), { name: 'States.Timeout' });

export class LifecycleRunner implements WorkflowDriver {
  readonly executions = new Map<string, Execution>();
  private readonly latest = new Map<string, Execution>();
  private readonly waiters = new Map<string, Waiter>();
  private readonly machine = new StateMachine(lifecycleDefinition as unknown as StateMachineDefinition);
  private readonly handlers: Record<string, LocalHandler>;
  private readonly detachers: Array<() => void> = [];
  private timer: NodeJS.Timeout | undefined;
  private seq = 0;
  private deferring: boolean;
  private stopped = false;

  constructor(private readonly options: RunnerOptions = {}) {
    this.handlers = this.localHandlers();
    this.deferring = options.deferStarts ?? false;
  }

  /** Become this process's driver and listen to the domain events. */
  attach(): this {
    this.detachers.push(useDriver(this), attachLifecycle());
    const pollMs = this.options.pollMs ?? 500;
    if (pollMs > 0) this.timer = setInterval(() => this.poll(), pollMs).unref();
    return this;
  }

  /** Start every workflow the table says is active (boot). Returns how many were started. */
  async resume(): Promise<number> {
    this.deferring = false;
    let started = 0;
    let cursor: string | undefined;
    do {
      const page = await activePage(cursor);
      for (const r of page.items) {
        if (await this.start(r.executionName, { leadId: r.leadId, generation: r.generation }) === 'started') started++;
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return started;
  }

  async start(name: string, input: WorkflowInput): Promise<'started' | 'exists'> {
    if (this.executions.has(name)) return 'exists';
    if (this.deferring) return 'started'; // registered in the table: resume() runs it
    const run = this.machine.run(input as unknown as Json, {
      context: {
        Execution: { Id: `arn:aws:states:local:000000000000:execution:lead-lifecycle:${name}`, Name: name },
        StateMachine: { Id: 'arn:aws:states:local:000000000000:stateMachine:lead-lifecycle', Name: 'lead-lifecycle' },
        Task: { Token: 'replaced-per-wait' },
      },
      overrides: {
        taskResourceLocalHandlers: this.handlers,
        ...(this.options.retryIntervalMs !== undefined ? { retryIntervalOverrides: this.retryOverrides(this.options.retryIntervalMs) } : {}),
      },
      noThrowOnAbort: true,
    });
    const execution: Execution = {
      name, leadId: input.leadId, waiting: false, done: false, events: [], abort: run.abort,
      finished: run.result.then(
        () => undefined,
        (error: unknown) => { logger.error('lifecycle execution failed', { execution: name, leadId: input.leadId, error }); },
      ).finally(() => { execution.done = true; }),
    };
    this.executions.set(name, execution);
    this.latest.set(input.leadId, execution);
    void (async () => {
      for await (const e of run.eventLogs) {
        execution.events.push({ type: e.type, ...('state' in e ? { state: e.state.name } : {}), at: clock.now().getTime() });
      }
    })();
    logger.debug('lifecycle execution started', { execution: name, leadId: input.leadId });
    return 'started';
  }

  async sendSuccess(token: string, output: ChangeSignal): Promise<boolean> {
    const w = this.waiters.get(token);
    if (!w) return false;
    this.waiters.delete(token);
    if (w.execution) w.execution.waiting = false;
    w.resolve(output);
    return true;
  }

  /** End every wait whose time has come (by `clock`; a wait due within a second ends now). */
  poll(): void {
    const now = clock.now().getTime();
    for (const [token, w] of this.waiters) {
      if (w.deadline > now + 1000) continue;
      this.waiters.delete(token);
      if (w.execution) w.execution.waiting = false;
      w.reject(timeoutError());
    }
  }

  /** Tests: move the clock, fire what is due, and wait until every workflow waits again. */
  async advance(ms: number): Promise<void> {
    clock.advance(ms);
    this.poll();
    await this.settle();
  }

  /** Resolve when every running execution is parked in a wait (or finished). */
  async settle(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietRounds = 0;
    while (quietRounds < 2) {
      await new Promise((r) => setTimeout(r, 2));
      const busy = [...this.executions.values()].filter((e) => !e.done && !e.waiting);
      quietRounds = busy.length === 0 ? quietRounds + 1 : 0;
      if (busy.length > 0 && Date.now() > deadline) {
        throw new Error(`lifecycle did not settle: ${busy.map((e) => `${e.name} in ${e.events.at(-1)?.state ?? '?'}`).join(', ')}`);
      }
    }
  }

  /** The states an execution entered, in order (all generations of a lead, oldest first). */
  statesRun(leadId: string): string[] {
    return this.eventsOf(leadId).filter((e) => e.type === 'StateEntered').map((e) => e.state!);
  }

  eventsOf(leadId: string): RecordedEvent[] {
    return [...this.executions.values()]
      .filter((e) => e.leadId === leadId)
      .flatMap((e) => e.events);
  }

  /** Billable state transitions (states entered, retries included) and estimated history events. */
  usage(leadId: string): { executions: number; transitions: number; historyEvents: number } {
    const events = this.eventsOf(leadId);
    const executions = [...this.executions.values()].filter((e) => e.leadId === leadId).length;
    const entered = events.filter((e) => e.type === 'StateEntered');
    const retries = events.filter((e) => e.type === 'StateRetried').length;
    return {
      executions,
      transitions: entered.length + retries,
      historyEvents: 2 * executions + entered.reduce((n, e) => n + historyEventsOf(e.state!), 0) + 3 * retries,
    };
  }

  /** Stop listening, end every execution (their waits are released). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    for (const d of this.detachers.splice(0)) d();
    for (const e of this.executions.values()) if (!e.done) e.abort();
    for (const [token, w] of this.waiters) {
      this.waiters.delete(token);
      w.reject(stoppedError());
    }
    await Promise.all([...this.executions.values()].map((e) => e.finished));
  }

  private retryOverrides(ms: number): Record<string, number> {
    return Object.fromEntries(Object.entries(lifecycleDefinition.States).filter(([, s]) => 'Retry' in s).map(([name]) => [name, ms]));
  }

  private localHandlers(): Record<string, LocalHandler> {
    const out: Record<string, LocalHandler> = {};
    for (const [state, def] of Object.entries(lifecycleDefinition.States) as Array<[string, { Type: string; Resource?: string }]>) {
      if (def.Type !== 'Task') continue;
      const override = this.options.override?.[state];
      if (override) out[state] = override;
      else if (def.Resource === WAIT_FOR_TOKEN) out[state] = (input) => this.wait(input);
      else if (def.Resource === START_EXECUTION) {
        out[state] = async (input) => {
          const { Name, Input } = input as { Name: string; Input: WorkflowInput };
          await this.start(Name, { leadId: Input.leadId, generation: Input.generation });
          return {};
        };
      } else {
        const fn = functionOf(def.Resource!);
        out[state] = (input) => this.invoke(fn, input);
      }
    }
    return out;
  }

  private async invoke(fn: LifecycleFunction, input: Json): Promise<Json> {
    // Stopping: in-flight states fail fast; the aborted execution never reaches its Catch, and
    // the table keeps the state it had (the next boot resumes from there).
    if (this.stopped) throw stoppedError();
    const out = await lifecycleHandlers[fn](input, lambdaContext(fn));
    return (out ?? null) as Json;
  }

  /** `.waitForTaskToken`: a fresh token per wait, stored by the real handler, ended by callback or clock. */
  private async wait(input: Json): Promise<Json> {
    if (this.stopped) throw stoppedError();
    const payload = (input as { Payload: { leadId: string; timeoutSeconds: number } & Record<string, Json> }).Payload;
    const token = `local:${payload.leadId}:${++this.seq}`;
    const execution = this.latest.get(payload.leadId);
    const ended = new Promise<ChangeSignal>((resolve, reject) => {
      this.waiters.set(token, { execution, deadline: clock.now().getTime() + payload.timeoutSeconds * 1000, resolve, reject });
    });
    ended.catch(() => {}); // it may end (timeout, stop) before the handler returns; awaited below
    try {
      await this.invoke('AwaitChange', { ...payload, taskToken: token });
    } catch (e) {
      this.waiters.delete(token);
      throw e;
    }
    if (this.waiters.has(token) && execution) execution.waiting = true;
    this.poll(); // a rung already due (a one-second wait) ends at once
    return (await ended) as unknown as Json;
  }
}
