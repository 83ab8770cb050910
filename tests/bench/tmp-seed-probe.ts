import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { freePort, startDynamoLocal } from '../../infra/local/dynamodb-local.ts';
import { ensureTable } from '../../infra/local/table.ts';

const dynamo = await startDynamoLocal({ port: await freePort() });
const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
await ensureTable(client, 'bench-t');
Object.assign(process.env, { DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_NAME: 'bench-t', AWS_REGION: 'local', LOCAL_JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', LOG_LEVEL: 'warn' });
const { seedWorld } = await import('./seed.ts');
const { commandCounts } = await import('../../shared/db/client.ts');
const conc = Number(process.env['C'] ?? 8);
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  // seedWorld creates the tree each time; use fresh table
  await ensureTable(client, 'bench-t');
  break;
}
const w = await seedWorld(Number(process.env['N'] ?? 600), conc);
console.log({ setup: w.setupMs, leads: w.leadsMs, rate: w.leadIds.length / w.leadsMs * 1000, counts: Object.fromEntries(commandCounts) });
client.destroy();
await dynamo.stop();
