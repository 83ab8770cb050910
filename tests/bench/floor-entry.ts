import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/**
 * The bundle floor: the API's own dependencies and nothing else — a Hono app with one route
 * behind the Lambda adapter, and a DynamoDB document client constructed at module load.
 */
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

const app = new Hono();
app.get('/health', (c) => c.json({ ok: true, client: typeof ddb.send }));

export const handler = handle(app);
