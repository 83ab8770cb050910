import { logger } from '../../observability/logger.ts';
import { sendMail as send } from '../../notify/mail.ts';

export type Mail = { to: string[]; subject: string; text: string; leadId: string };

/** Send one plain-text lifecycle email (Simplified Chinese). Errors propagate: the Task's Retry decides. */
export async function sendMail(mail: Mail): Promise<string | undefined> {
  const to = [...new Set(mail.to.filter(Boolean))];
  if (to.length === 0) return undefined;
  // The Task's Retry (with backoff) handles throttling; retrying here too would multiply the attempts.
  const messageId = await send({ to, subject: mail.subject, text: mail.text, tags: { leadId: mail.leadId }, retryThrottling: false });
  logger.info('lifecycle mail sent', { leadId: mail.leadId, to, subject: mail.subject, messageId });
  return messageId;
}
