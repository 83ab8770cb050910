import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { freePort, startDynamoLocal } from '../../infra/local/dynamodb-local.ts';
import { ensureTable } from '../../infra/local/table.ts';
import { bundle } from './bundle.ts';
import { measureColdStarts } from './cold-start.ts';
import { machine, toMarkdown } from './report.ts';
import type { RequestBench, RequestBenchOptions } from './requests.ts';
import { intFromEnv } from './stats.ts';

/**
 * `npm run bench`: bundle size and cold import time against the dependency floor, then request
 * latency on the local server against a raw GetItem — all in one run, written to results.md.
 * Settings: BENCH_LEADS (3000), BENCH_REQUESTS (1000), BENCH_COLD_RUNS (15).
 */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const resultsFile = fileURLToPath(new URL('./results.md', import.meta.url));
const settings = {
  leads: intFromEnv('BENCH_LEADS', 3000),
  requests: intFromEnv('BENCH_REQUESTS', 1000),
  warmup: 100,
  coldRuns: intFromEnv('BENCH_COLD_RUNS', 15),
  concurrency: 8,
};
const TABLE_NAME = 'park-crm-bench';

const log = (line: string) => console.log(`[bench] ${line}`);

async function bundles(outDir: string) {
  log('bundling with the CDK construct\'s esbuild options…');
  const api = await bundle({ name: 'api', entry: 'functions/api/handler.ts', repoRoot, outDir });
  const floor = await bundle({ name: 'floor', entry: 'tests/bench/floor-entry.ts', repoRoot, outDir });
  return { api, floor };
}

function coldStarts(b: { api: { file: string }; floor: { file: string } }) {
  log(`cold imports: ${settings.coldRuns} fresh node processes per bundle (after 2 warm-ups)…`);
  const [api, floor] = measureColdStarts([{ name: 'api', file: b.api.file }, { name: 'floor', file: b.floor.file }], settings.coldRuns);
  return { api: api!, floor: floor!, runs: settings.coldRuns };
}

/** DynamoDB Local in memory, the table, the env the shared code reads at load; then the app. */
async function requests(): Promise<RequestBench> {
  log('starting DynamoDB Local (in memory)…');
  const dynamo = await startDynamoLocal({ port: await freePort() });
  try {
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await ensureTable(client, TABLE_NAME);
    client.destroy();
    Object.assign(process.env, {
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      TABLE_NAME,
      AWS_REGION: 'local',
      LOCAL_JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      LOG_LEVEL: 'warn',
    });
    const { runRequestBench } = await import('./requests.ts');
    const options: RequestBenchOptions = { endpoint: dynamo.endpoint, tableName: TABLE_NAME, port: await freePort(), ...settings };
    return await runRequestBench(options, log);
  } finally {
    await dynamo.stop();
  }
}

async function main() {
  const started = performance.now();
  const outDir = mkdtempSync(join(tmpdir(), 'park-crm-bench-'));
  try {
    const built = await bundles(outDir);
    const cold = coldStarts(built);
    const measured = await requests();
    const markdown = toMarkdown({
      machine: machine(),
      bundles: built,
      cold,
      requests: measured,
      settings,
      totalSeconds: (performance.now() - started) / 1000,
    });
    console.log(`\n${markdown}`);
    writeFileSync(resultsFile, markdown);
    log(`written to ${resultsFile}`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
