import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { localToken, startRuntime, stopRuntime, type Runtime } from '../fixtures/runtime.ts';

/**
 * The one-machine runtime as a person runs it: start, use, Ctrl-C, start again.
 * Runs infra/local/start.ts (what `npm start` runs) on free ports and a temporary data folder.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'park-crm-e2e-'));
let running: Runtime | undefined;

const start = async (ports: { api: number; dynamo: number; ses: number }) => {
  running = await startRuntime({ dataDir, ports, env: { LOG_LEVEL: 'info' } });
  return running;
};
const token = (email: string) => localToken(dataDir, email);

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

afterAll(() => {
  running?.child.kill('SIGKILL');
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

    expect(await stopRuntime(first)).toBe(0);
    const again = await start(ports);
    expect(again.output()).toContain('demo data: already');
    // Every active lead's workflow resumed from the table, and nothing already sent was sent again.
    expect(again.output()).toMatch(/lifecycle: [1-9]\d* workflows running/);
    const resent = await (await fetch(`http://127.0.0.1:${ports.ses}/store`)).json() as { emails: unknown[] };
    expect(resent.emails).toEqual([]);
    expect(await rowCount(again.dynamo)).toBe(rowsBefore);
    const still = await (await fetch(`${again.base}/leads?limit=100`, { headers: bearer })).json() as { items: unknown[] };
    expect(still.items).toHaveLength(leads.items.length);
    expect(await stopRuntime(again)).toBe(0);
  }, 330_000);
});
