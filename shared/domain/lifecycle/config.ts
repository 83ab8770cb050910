import { z } from 'zod';

/**
 * Lifecycle settings, read once at load. On AWS the API and the task functions get
 * STATE_MACHINE_ARN and MAIL_FROM from CDK; locally `npm start` (and the tests) point
 * SES_ENDPOINT at the SES v2 emulator.
 */
export const lifecycleEnv = z.object({
  AWS_REGION: z.string().min(1).default('cn-north-1'),
  STATE_MACHINE_ARN: z.string().min(1).optional(),
  SES_ENDPOINT: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('招商 CRM <noreply@park-crm.local>'),
}).parse(process.env);
