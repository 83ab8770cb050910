/**
 * `npm start`: the whole CRM on one machine.
 *   DynamoDB Local (Amazon's, data under .data/) → table from the shared definition →
 *   demo data (once) → the Hono API on http://localhost:3000 (docs at /docs).
 * Ctrl-C stops every child process. A second start while one runs is refused.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { serve } from '@hono/node-server';
import { applyLocalEnv, dataDir, localConfig } from './config.ts';
import { assertPortFree, startDynamoLocal, StartupError, type DynamoLocal } from './dynamodb-local.ts';
import { LOCAL_DOCS_ASSETS, localApp } from './server.ts';
import { ensureTable } from './table.ts';

const lockFile = join(dataDir, 'runtime.pid');
const log = (message: string) => process.stdout.write(`[park-crm] ${message}\n`);

function takeLock() {
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    let alive = false;
    try { process.kill(pid, 0); alive = pid > 0; } catch { alive = false; }
    if (alive && pid !== process.pid) {
      throw new StartupError(`Another \`npm start\` (pid ${pid}) is using ${dataDir}. Stop it first.\n已有一个 npm start（进程 ${pid}）在使用该数据目录，请先停止它。`);
    }
  }
  writeFileSync(lockFile, String(process.pid));
}

let dynamo: DynamoLocal | undefined;
let stopping = false;

async function main() {
  const { PORT, HOST, DYNAMODB_PORT, TABLE_NAME, SEED } = localConfig;
  await assertPortFree(PORT, HOST, 'API');
  takeLock();
  log(`starting DynamoDB Local on port ${DYNAMODB_PORT} (data: ${join(dataDir, 'dynamodb')})`);
  dynamo = await startDynamoLocal({ port: DYNAMODB_PORT, dataDir: join(dataDir, 'dynamodb') });
  dynamo.process.once('exit', (code) => {
    if (!stopping) { log(`DynamoDB Local exited unexpectedly (${code}); stopping`); void shutdown(1); }
  });
  applyLocalEnv(dynamo.endpoint);

  const admin = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  log(`table ${TABLE_NAME}: ${await ensureTable(admin, TABLE_NAME)}`);
  admin.destroy();

  // ── lifecycle (Step Functions definition, run locally) + SES emulator ──
  const { startLifecycleLocal } = await import('./lifecycle-local.ts');
  const lifecycle = await startLifecycleLocal(HOST);
  shutdownHooks.push(lifecycle.stop);
  // ──

  if (SEED === 'demo') {
    const { seedDemo } = await import('./seed.ts');
    log(`demo data: ${await seedDemo()}`);
  }

  // ── lifecycle: resume every active lead's workflow from the table ──
  log(`lifecycle: ${await lifecycle.resume()} workflows running; mail sent by them: ${lifecycle.mailUrl}`);
  // ──

  // ── webhooks and the weekly digest (EventBridge's jobs on AWS) ──
  const { startLocalJobs } = await import('./jobs.ts');
  const jobs = await startLocalJobs();
  shutdownHooks.push(jobs.stop);
  log(`jobs: webhooks delivered in-process (${jobs.resumedDeliveries} retries resumed); next weekly digest ${jobs.nextDigest.toISOString()} (Monday 08:00 Asia/Shanghai)`);
  // ──

  process.env['DOCS_ASSETS_URL'] = LOCAL_DOCS_ASSETS;
  const { app } = await import('../../functions/api/app.ts');
  const server = serve({ fetch: localApp(app).fetch, port: PORT, hostname: HOST });
  server.once('error', (e) => { log(`API server error: ${e.message}`); void shutdown(1); });
  server.once('listening', () => {
    const base = `http://${HOST === '127.0.0.1' || HOST === '0.0.0.0' ? 'localhost' : HOST}:${PORT}`;
    log(`API:  ${base}`);
    log(`docs: ${base}/docs   (OpenAPI: ${base}/openapi.json)`);
    log(`dashboard: ${base}/dashboard   mail (SES emulator): ${lifecycle.mailUrl}`);
    log('token: npm run token -- officer.yongjia@demo.park-crm.cn   (npm run token lists the demo users)');
    log('Ctrl-C stops everything.');
  });
  shutdownHooks.push(() => new Promise<void>((r) => server.close(() => r())));
}

const shutdownHooks: Array<() => Promise<void>> = [];

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await Promise.allSettled(shutdownHooks.map((h) => h()));
  await dynamo?.stop();
  try {
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
  } catch { /* the lock is advisory */ }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));

main().catch(async (e: unknown) => {
  if (e instanceof StartupError) process.stderr.write(`\n${e.message}\n\n`);
  else process.stderr.write(`[park-crm] failed to start: ${(e as Error).stack ?? String(e)}\n`);
  await shutdown(1);
});
