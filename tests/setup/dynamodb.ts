import type { TestProject } from 'vitest/node';
import { freePort, startDynamoLocal } from '../../infra/local/dynamodb-local.ts';

/** Start Amazon's DynamoDB Local once per test run (in memory, on a free port). */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoLocal({ port: await freePort() });
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return async () => { await dynamo.stop(); };
}

declare module 'vitest' {
  export interface ProvidedContext { dynamoEndpoint: string }
}
