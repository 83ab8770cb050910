import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { logger } from '../../observability/logger.ts';
import { lifecycleEnv } from './config.ts';

/** One SES v2 client per process: SES on AWS, the aws-ses-v2-local emulator locally. */
const ses = new SESv2Client({
  region: lifecycleEnv.AWS_REGION,
  ...(lifecycleEnv.SES_ENDPOINT
    ? { endpoint: lifecycleEnv.SES_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
    : {}),
  maxAttempts: 3,
});

export type Mail = { to: string[]; subject: string; text: string; leadId: string };

/** Send one plain-text email (Simplified Chinese). Errors propagate: the Task's Retry decides. */
export async function sendMail(mail: Mail): Promise<string | undefined> {
  const to = [...new Set(mail.to.filter(Boolean))];
  if (to.length === 0) return undefined;
  const out = await ses.send(new SendEmailCommand({
    FromEmailAddress: lifecycleEnv.MAIL_FROM,
    Destination: { ToAddresses: to },
    Content: {
      Simple: {
        Subject: { Data: mail.subject, Charset: 'UTF-8' },
        Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
      },
    },
    EmailTags: [{ Name: 'leadId', Value: mail.leadId.replace(/[^A-Za-z0-9_-]/g, '_') }],
  }));
  logger.info('lifecycle mail sent', { leadId: mail.leadId, to, subject: mail.subject, messageId: out.MessageId });
  return out.MessageId;
}
