import { z } from 'zod';

/**
 * Lifecycle settings, read once at load. On AWS the API and the task functions get
 * STATE_MACHINE_ARN from CDK. (Mail settings — SES_ENDPOINT, MAIL_FROM — are read by shared/notify/mail.ts.)
 */
export const lifecycleEnv = z.object({
  AWS_REGION: z.string().min(1).default('cn-north-1'),
  STATE_MACHINE_ARN: z.string().min(1).optional(),
}).parse(process.env);
