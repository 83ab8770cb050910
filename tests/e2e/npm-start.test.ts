import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';

/**
 * The one-machine runtime as a person runs it: start, use, Ctrl-C, start again.
 * Runs infra/local/start.ts (what `npm start` runs) on free ports and a temporary data folder.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'park-crm-e2e-'));
let running: ChildProcess | undefined;

type Started = { child: ChildProcess; output: () => string; base: string; dynamo: string };

async function start(ports: { api: number; dynamo: number; ses: number }): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
    env: { ...process.env, PORT: String(ports.api), DYNAMODB_PORT: String(ports.dynamo), SES_PORT: String(ports.ses), DATA_DIR: dataDir, TABLE_NAME: 'park-crm', LOCAL_JWT_SECRET: '', DYNAMODB_ENDPOINT: '', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running = child;
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const deadline = Date.now() + 150_000;
  while (!out.includes('Ctrl-C stops everything')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out, base: `http://127.0.0.1:${ports.api}`, dynamo: `http://127.0.0.1:${ports.dynamo}` };
}

async function stop(s: Started): Promise<number | null> {
  const exited = new Promise<number | null>((r) => s.child.once('exit', (code) => r(code)));
  s.child.kill('SIGINT');
  return exited;
}

async function rowCount(endpoint: string): Promise<number> {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  let count = 0;
  let start: Record<string, never> | undefined;
  do {
    const out = await client.send(new ScanCommand({ TableName: 'park-crm', Select: 'COUNT', ExclusiveStartKey: start }));
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey as typeof start;
  } while (start);
  client.destroy();
  return count;
}

/** A token the way README says to get one: `npm run token -- <email>`. */
function token(email: string): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/token.ts', email], {
      env: { ...process.env, DATA_DIR: dataDir, LOCAL_JWT_SECRET: '' }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.once('exit', (code) => (code === 0 ? ok(out.trim()) : fail(new Error(`token exited ${code}`))));
  });
}

afterAll(() => {
  running?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves docs and demo data, refuses a second start, and restarts with the same data and no duplicates', async () => {
    const ports = { api: await freePort(), dynamo: await freePort(), ses: await freePort() };
    const first = await start(ports);
    expect(first.output()).toContain('demo data: seeded');

    const docs = await fetch(`${first.base}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/docs/assets/swagger-ui-bundle.js');
    expect((await fetch(`${first.base}/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
    const spec = await (await fetch(`${first.base}/openapi.json`)).json() as { openapi: string };
    expect(spec.openapi).toBe('3.1.0');

    const bearer = { authorization: `Bearer ${await token('officer.yongjia@demo.park-crm.cn')}` };
    const leads = await (await fetch(`${first.base}/leads?limit=100`, { headers: bearer })).json() as { items: Array<{ parkId: string }> };
    expect(leads.items.length).toBeGreaterThan(3);
    expect(leads.items.every((l) => l.parkId === 'park_yongjia')).toBe(true);
    const stats = await (await fetch(`${first.base}/parks/park_yongjia/stats`, { headers: bearer })).json() as { park: { name: string } };
    expect(stats.park.name).toBe('永佳智能装备产业园');
    const rowsBefore = await rowCount(first.dynamo);

    // A second start while one runs says the port is taken and leaves the data alone.
    const second = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
      env: { ...process.env, PORT: String(ports.api), DYNAMODB_PORT: String(ports.dynamo), DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let secondOut = '';
    second.stderr.on('data', (d: Buffer) => { secondOut += d.toString(); });
    const secondCode = await new Promise((r) => second.once('exit', r));
    expect(secondCode).toBe(1);
    expect(secondOut).toContain('already in use');

    expect(await stop(first)).toBe(0);
    const again = await start(ports);
    expect(again.output()).toContain('demo data: already');
    // Every active lead's workflow resumed from the table, and nothing already sent was sent again.
    expect(again.output()).toMatch(/lifecycle: [1-9]\d* workflows running/);
    const resent = await (await fetch(`http://127.0.0.1:${ports.ses}/store`)).json() as { emails: unknown[] };
    expect(resent.emails).toEqual([]);
    expect(await rowCount(again.dynamo)).toBe(rowsBefore);
    const still = await (await fetch(`${again.base}/leads?limit=100`, { headers: bearer })).json() as { items: unknown[] };
    expect(still.items).toHaveLength(leads.items.length);
    expect(await stop(again)).toBe(0);
  }, 330_000);
});
