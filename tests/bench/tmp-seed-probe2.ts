import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { freePort, startDynamoLocal } from '../../infra/local/dynamodb-local.ts';
import { ensureTable } from '../../infra/local/table.ts';

const dynamo = await startDynamoLocal({ port: await freePort() });
const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
await ensureTable(client, 'bench-t');
Object.assign(process.env, { DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_NAME: 'bench-t', AWS_REGION: 'local', LOCAL_JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', LOG_LEVEL: 'warn' });
const { ddb } = await import('../../shared/db/client.ts');
const times = new Map<string, number[]>();
ddb.middlewareStack.add((next, context) => async (args) => {
  const t = performance.now();
  try { return await next(args); } finally {
    const n = context.commandName ?? '?';
    times.set(n, [...(times.get(n) ?? []), performance.now() - t]);
  }
}, { step: 'initialize', name: 'timer' });
const { seedWorld } = await import('./seed.ts');
const w = await seedWorld(Number(process.env['N'] ?? 600), Number(process.env['C'] ?? 8));
console.log(w.leadIds.length / w.leadsMs * 1000);
for (const [n, t] of times) { t.sort((a, b) => a - b); console.log(n, t.length, 'p50', t[t.length >> 1]!.toFixed(1), 'mean', (t.reduce((a, b) => a + b, 0) / t.length).toFixed(1)); }
client.destroy();
await dynamo.stop();
