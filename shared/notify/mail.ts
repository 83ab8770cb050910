import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { z } from 'zod';
import { logger } from '../observability/logger.ts';

/**
 * HTML + text email through SES v2 (the aws-ses-v2-local emulator locally). Throttling is
 * retried here with backoff — a send that finally succeeds counts once; anything else throws.
 */
const env = z.object({
  AWS_REGION: z.string().min(1).default('cn-north-1'),
  SES_ENDPOINT: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('招商 CRM <noreply@park-crm.local>'),
}).parse(process.env);

export const ses = new SESv2Client({
  region: env.AWS_REGION,
  ...(env.SES_ENDPOINT ? { endpoint: env.SES_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  maxAttempts: 1,
});

const THROTTLED = new Set(['ThrottlingException', 'TooManyRequestsException', 'Throttling', 'LimitExceededException']);
export const mailRetry = { attempts: 5, baseMs: 200 };

export type Mail = {
  to: string[]; subject: string; text: string; html?: string; tags?: Record<string, string>;
  /** Retry throttling here (default). Off where the caller retries itself (a Step Functions Task). */
  retryThrottling?: boolean;
};

/** The one way the CRM sends email (digests, reminders, escalations). Returns the message id. */
export async function sendMail(mail: Mail): Promise<string> {
  const tags = Object.entries(mail.tags ?? {}).map(([Name, Value]) => ({ Name, Value: Value.replace(/[^A-Za-z0-9_-]/g, '_') }));
  for (let attempt = 1; ; attempt++) {
    try {
      const out = await ses.send(new SendEmailCommand({
        FromEmailAddress: env.MAIL_FROM,
        Destination: { ToAddresses: mail.to },
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: {
              Text: { Data: mail.text, Charset: 'UTF-8' },
              ...(mail.html ? { Html: { Data: mail.html, Charset: 'UTF-8' } } : {}),
            },
          },
        },
        ...(tags.length ? { EmailTags: tags } : {}),
      }));
      return out.MessageId ?? '';
    } catch (e) {
      if (mail.retryThrottling === false || !THROTTLED.has((e as Error).name) || attempt >= mailRetry.attempts) throw e;
      logger.warn('ses throttled, retrying', { attempt, to: mail.to });
      await new Promise((r) => setTimeout(r, mailRetry.baseMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2)));
    }
  }
}
