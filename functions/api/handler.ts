import { handle } from 'hono/aws-lambda';
import { app } from './app.ts';

/** API Gateway HTTP API (payload v2) → the Hono app. */
export const handler = handle(app);
