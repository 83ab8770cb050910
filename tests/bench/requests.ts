import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { serve } from '@hono/node-server';
import { app } from '../../functions/api/app.ts';
import { issueLocalToken } from '../../shared/auth/tokens.ts';
import { commandCounts, ddb } from '../../shared/db/client.ts';
import { keys } from '../../shared/db/table.ts';
import { seedWorld, type BenchWorld } from './seed.ts';
import { pool, summarize, type Summary } from './stats.ts';

/**
 * One kind of request: `send` resolves once the full response has been read. `ddbCalls` is set
 * for probes that bypass the app's client (whose commands are counted by its middleware).
 */
export type Probe = { name: string; send: () => Promise<void>; ddbCalls?: number };

export type Latency = { name: string; concurrency: number; summary: Summary; throughput: number; ddbCalls: number };

export type RequestBench = { world: BenchWorld; results: Latency[]; baseline: Latency };

export type RequestBenchOptions = {
  endpoint: string;
  tableName: string;
  port: number;
  leads: number;
  requests: number;
  warmup: number;
  concurrency: number;
};

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

const appCalls = () => [...commandCounts.values()].reduce((sum, n) => sum + n, 0);

/** Warm up, then time `requests` calls with `concurrency` in flight; latency per call. */
async function measure(probe: Probe, opts: { requests: number; warmup: number; concurrency: number }): Promise<Latency> {
  for (let i = 0; i < opts.warmup; i++) await probe.send();
  const callsBefore = appCalls();
  const started = performance.now();
  const samples = await pool(opts.requests, opts.concurrency, async () => {
    const t0 = performance.now();
    await probe.send();
    return performance.now() - t0;
  });
  const seconds = (performance.now() - started) / 1000;
  const name = opts.concurrency > 1 ? `${probe.name} ×${opts.concurrency} concurrent` : probe.name;
  const ddbCalls = probe.ddbCalls ?? (appCalls() - callsBefore) / opts.requests;
  return { name, concurrency: opts.concurrency, summary: summarize(samples), throughput: opts.requests / seconds, ddbCalls };
}

/** GET a path on the local server (fetch keeps the connection alive), failing on any non-200. */
function httpProbe(name: string, baseUrl: string, token: string | null, path: () => string): Probe {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return {
    name,
    send: async () => {
      const res = await fetch(baseUrl + path(), { headers });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${body.slice(0, 300)}`);
    },
  };
}

/** The floor a lead read cannot beat: the same consistent GetItem, straight to DynamoDB Local. */
function rawGetItemProbe(client: DynamoDBDocumentClient, tableName: string, leadIds: readonly string[]): Probe {
  return {
    name: 'raw GetItem (SDK → DynamoDB Local)',
    ddbCalls: 1,
    send: async () => {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: keys.lead(pick(leadIds)), ConsistentRead: true }));
      if (!Item) throw new Error('raw GetItem: lead not found');
    },
  };
}

/** The second page of each park's lead list, as a cursor to request. */
async function secondPageCursors(baseUrl: string, token: string, parkIds: readonly string[]): Promise<Map<string, string>> {
  const cursors = new Map<string, string>();
  for (const parkId of parkIds) {
    const res = await fetch(`${baseUrl}/leads?parkId=${parkId}&limit=20`, { headers: { authorization: `Bearer ${token}` } });
    const page = await res.json() as { nextCursor: string | null };
    if (!page.nextCursor) throw new Error(`park ${parkId} has a single page of leads: seed more`);
    cursors.set(parkId, page.nextCursor);
  }
  return cursors;
}

type Server = { url: string; close: () => Promise<void> };

function startServer(port: number): Promise<Server> {
  return new Promise((ready) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => ready({
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise<void>((closed, fail) => server.close((e) => (e ? fail(e) : closed()))),
    }));
  });
}

/** Seed the table, serve the app, and time each kind of request against the raw GetItem floor. */
export async function runRequestBench(opts: RequestBenchOptions, log: (line: string) => void): Promise<RequestBench> {
  log(`seeding ${opts.leads} leads through createLead (8 at a time)…`);
  const world = await seedWorld(opts.leads);
  log(`seeded in ${((world.setupMs + world.leadsMs) / 1000).toFixed(1)} s (${(opts.leads / (world.leadsMs / 1000)).toFixed(0)} leads/s)`);

  const raw = DynamoDBDocumentClient.from(new DynamoDBClient({
    endpoint: opts.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }));
  const server = await startServer(opts.port);
  try {
    const r = world.reader;
    const token = await issueLocalToken({ id: r.userId, email: r.email, name: r.name, role: r.role, scopeParkId: r.scopeParkId });
    const cursors = await secondPageCursors(server.url, token, world.parkIds);
    const probes: Probe[] = [
      rawGetItemProbe(raw, opts.tableName, world.leadIds),
      httpProbe('GET /health', server.url, null, () => '/health'),
      httpProbe('GET /leads/{id}', server.url, token, () => `/leads/${pick(world.leadIds)}`),
      httpProbe('GET /leads?parkId&limit=20', server.url, token, () => `/leads?parkId=${pick(world.parkIds)}&limit=20`),
      httpProbe('GET /leads?parkId&limit=20&cursor (page 2)', server.url, token, () => {
        const parkId = pick(world.parkIds);
        return `/leads?parkId=${parkId}&limit=20&cursor=${encodeURIComponent(cursors.get(parkId)!)}`;
      }),
    ];
    const sequential = { requests: opts.requests, warmup: opts.warmup, concurrency: 1 };
    const concurrent = { ...sequential, concurrency: opts.concurrency };
    const results: Latency[] = [];
    for (const probe of probes) {
      results.push(await measure(probe, sequential));
      log(`  ${results.at(-1)!.name}: done`);
    }
    for (const probe of [probes[0]!, probes[2]!]) {
      results.push(await measure(probe, concurrent));
      log(`  ${results.at(-1)!.name}: done`);
    }
    return { world, results, baseline: results[0]! };
  } finally {
    await server.close();
    raw.destroy();
    ddb.destroy();
  }
}
