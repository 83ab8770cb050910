import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { env } from '../config/env.ts';

/**
 * One DynamoDB client per process, created at module load.
 * A small middleware counts the commands sent by name: tests use it to prove that no request
 * path sends a Scan and that a read costs the number of calls we say it does.
 */
export const commandCounts = new Map<string, number>();

const base = new DynamoDBClient({
  region: env.AWS_REGION,
  ...(env.DYNAMODB_ENDPOINT
    ? { endpoint: env.DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
    : {}),
  maxAttempts: 4,
});

base.middlewareStack.add(
  (next, context) => async (args) => {
    const name = context.commandName ?? 'unknown';
    commandCounts.set(name, (commandCounts.get(name) ?? 0) + 1);
    return next(args);
  },
  { step: 'initialize', name: 'countCommands' },
);

export const ddb = DynamoDBDocumentClient.from(base, {
  marshallOptions: { removeUndefinedValues: true },
});

export const tableName = env.TABLE_NAME;
