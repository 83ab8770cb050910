import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { ensureTable } from '../../infra/local/table.ts';

/**
 * Runs before each test file, before it imports the app: point the shared config at
 * DynamoDB Local and a fresh table, so files never see each other's rows.
 */
process.env['DYNAMODB_ENDPOINT'] = inject('dynamoEndpoint');
process.env['TABLE_NAME'] = `test-${randomUUID()}`;
process.env['AWS_REGION'] = 'local';
process.env['SES_ENDPOINT'] = inject('sesEndpoint');
process.env['LOCAL_JWT_SECRET'] = 'test-secret-test-secret-test-secret-0123456789';
process.env['LOG_LEVEL'] ??= 'warn';

beforeAll(async () => {
  const client = new DynamoDBClient({
    endpoint: process.env['DYNAMODB_ENDPOINT'], region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(client, process.env['TABLE_NAME']!);
  client.destroy();
});

/** No request path may Scan: the app's client counts every command it sends. */
afterAll(async () => {
  const { commandCounts } = await import('../../shared/db/client.ts');
  expect(commandCounts.get('ScanCommand') ?? 0, 'a request path sent a Scan').toBe(0);
});
