import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** `npm start` settings: every port and path can be changed by an environment variable. */
export const localConfig = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DYNAMODB_PORT: z.coerce.number().int().min(1).max(65535).default(8000),
  DATA_DIR: z.string().default('.data'),
  TABLE_NAME: z.string().default('park-crm'),
  SEED: z.enum(['demo', 'none']).default('demo'),
}).parse(process.env);

export const dataDir = resolve(localConfig.DATA_DIR);

/** The local token-signing key: made once, kept in the data folder so tokens survive restarts. */
export function localJwtSecret(): string {
  if (process.env['LOCAL_JWT_SECRET']) return process.env['LOCAL_JWT_SECRET'];
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Environment the shared code reads at load: set it before importing the app. */
export function applyLocalEnv(endpoint: string) {
  process.env['TABLE_NAME'] = localConfig.TABLE_NAME;
  process.env['DYNAMODB_ENDPOINT'] = endpoint;
  process.env['AWS_REGION'] ??= 'local';
  process.env['LOCAL_JWT_SECRET'] = localJwtSecret();
}
