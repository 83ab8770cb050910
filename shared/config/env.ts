import { z } from 'zod';

/**
 * Configuration, read once at module load and checked (fail fast).
 * Local mode (`npm start`, tests) sets DYNAMODB_ENDPOINT and a local JWT secret;
 * on AWS the table name comes from the function's environment and tokens from Cognito.
 * Whatever verifies tokens checks that one of AUTH_ISSUER / LOCAL_JWT_SECRET is set (shared/auth/tokens.ts):
 * the lifecycle's task functions share this config and verify no tokens.
 */
const schema = z.object({
  TABLE_NAME: z.string().min(1).default('park-crm'),
  AWS_REGION: z.string().min(1).default('cn-north-1'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** Cognito: `https://cognito-idp.<region>.amazonaws.com/<poolId>`; absent in local mode. */
  AUTH_ISSUER: z.url().optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  /** Local mode only: HMAC key for the local token issuer (`npm run token`). */
  LOCAL_JWT_SECRET: z.string().min(32).optional(),
  /** Signs the public roadshow check-in links (defaults to LOCAL_JWT_SECRET in local mode). */
  CHECKIN_SECRET: z.string().min(32).optional(),
  /** Where people reach the API (for links in emails and QR codes), e.g. https://crm.example.cn */
  PUBLIC_BASE_URL: z.url().optional(),
});

export const env = schema.parse(process.env);
export type Env = typeof env;
