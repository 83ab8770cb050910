import {
  CreateTableCommand, DescribeTableCommand, ResourceNotFoundException, UpdateTableCommand,
  UpdateTimeToLiveCommand, waitUntilTableExists, type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { keyAttributes, tableDefinition } from '../../shared/db/table.ts';

/**
 * Create the table from the shared definition (the one CDK uses), or add any index the
 * definition has and the table lacks. Safe to run on every start.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<'created' | 'updated' | 'unchanged'> {
  const { partitionKey, sortKey, indexes, timeToLiveAttribute } = tableDefinition;
  const gsi = (name: string) => {
    const i = indexes[name as keyof typeof indexes];
    return {
      IndexName: name,
      KeySchema: [{ AttributeName: i.partitionKey, KeyType: 'HASH' as const }, { AttributeName: i.sortKey, KeyType: 'RANGE' as const }],
      Projection: { ProjectionType: 'ALL' as const },
    };
  };
  const attributeDefinitions = keyAttributes().map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const }));
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName));
    const missing = Object.keys(indexes).filter((n) => !existing.has(n));
    for (const name of missing) {
      await client.send(new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: attributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: gsi(name) }],
      }));
    }
    return missing.length ? 'updated' : 'unchanged';
  } catch (e) {
    if (!(e instanceof ResourceNotFoundException)) throw e;
  }
  await client.send(new CreateTableCommand({
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributeDefinitions,
    KeySchema: [{ AttributeName: partitionKey, KeyType: 'HASH' }, { AttributeName: sortKey, KeyType: 'RANGE' }],
    GlobalSecondaryIndexes: Object.keys(indexes).map(gsi),
  }));
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 0.2 }, { TableName: tableName });
  await client.send(new UpdateTimeToLiveCommand({
    TableName: tableName,
    TimeToLiveSpecification: { AttributeName: timeToLiveAttribute, Enabled: true },
  }));
  return 'created';
}
