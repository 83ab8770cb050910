import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { authorize, inScope, type Principal } from '../../auth/principal.ts';
import { clock, isoWeekOf, shanghaiDate } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { queryPage } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { sendMail } from '../../notify/mail.ts';
import { logger } from '../../observability/logger.ts';
import type { Park } from '../parks/schema.ts';
import { listParks, loadPark, subtree } from '../parks/service.ts';
import { loadUser, scopeUsers, User } from '../users/service.ts';
import { buildDigest, type Digest } from './build.ts';
import { renderHtml, renderMarkdown, renderText } from './render.ts';

export const Week = z.string().regex(/^20\d\d-W(0[1-9]|[1-4]\d|5[0-3])$/, '周应为 ISO 周，如 2026-W48');
export const currentWeek = () => isoWeekOf(shanghaiDate());

/** `recipients` counts people and group robots; `robots` how many robot messages went out. */
export type RunSummary = { week: string; recipients: number; sent: number; alreadySent: number; empty: number; failed: number; robots: number };

/**
 * Claim "this digest, this week" before sending: a conditional put, so a retry or a second run
 * of the job sends nothing new. A failed send releases the claim (the next run tries again).
 */
async function claim(week: string, recipient: string): Promise<boolean> {
  try {
    await ddb.send(new PutCommand({
      TableName: tableName,
      Item: { ...keys.digestSent(week, recipient), entity: 'digest', week, recipient, state: 'sending', claimedAt: clock.nowIso() },
      ConditionExpression: 'attribute_not_exists(pk)',
    }));
    return true;
  } catch (e) {
    if ((e as Error).name === 'ConditionalCheckFailedException') return false;
    throw e;
  }
}

const settle = (week: string, recipient: string, state: 'sent' | 'empty', extra: Record<string, unknown> = {}) => ddb.send(new UpdateCommand({
  TableName: tableName,
  Key: keys.digestSent(week, recipient),
  UpdateExpression: `SET #state = :s, settledAt = :at${Object.keys(extra).map((_, i) => `, #x${i} = :x${i}`).join('')}`,
  ExpressionAttributeNames: { '#state': 'state', ...Object.fromEntries(Object.keys(extra).map((k, i) => [`#x${i}`, k])) },
  ExpressionAttributeValues: { ':s': state, ':at': clock.nowIso(), ...Object.fromEntries(Object.values(extra).map((v, i) => [`:x${i}`, v])) },
}));

const release = (week: string, recipient: string) => ddb.send(new DeleteCommand({ TableName: tableName, Key: keys.digestSent(week, recipient) }));

async function usersAtNode(parkId: string): Promise<User[]> {
  const out: User[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage({ index: 'byCollection', partition: scopeUsers(parkId), cursor, limit: 100 });
    out.push(...page.items.map((i) => fromItem(User, i)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** Every node of the deployment: the roots and their subtrees (O(parks) Queries). */
async function allNodes(): Promise<Park[]> {
  const system: Principal = { userId: 'digest', email: '', name: '周报', role: 'admin', scopeParkId: null };
  const roots = await listParks(system, { limit: 100 });
  const out: Park[] = [];
  for (const root of roots.items) out.push(...await subtree(root));
  return out;
}

/** The weekly digest job: one email per person with something to say, one robot message per park that has a robot. */
export async function runDigest(week = currentWeek()): Promise<RunSummary> {
  const summary: RunSummary = { week, recipients: 0, sent: 0, alreadySent: 0, empty: 0, failed: 0, robots: 0 };
  const nodes = await allNodes();
  for (const node of nodes) {
    for (const user of await usersAtNode(node.id)) {
      summary.recipients++;
      await deliver(week, user.id, summary, () => buildDigest(user, week), async (d) => sendMail({
        to: [user.email], subject: d.subject, html: renderHtml(d), text: renderText(d), tags: { kind: 'weekly_digest' },
      }));
    }
    if (node.digestRobotUrl) {
      summary.recipients++;
      const robot = { id: `robot:${node.id}`, email: '', name: `${node.name}工作群`, role: 'viewer' as const, scopeParkId: node.id };
      await deliver(week, `robot#${node.id}`, summary, () => buildDigest(robot, week), async (d) => {
        await postToRobot(node.digestRobotUrl!, d);
        summary.robots++;
        return 'robot';
      });
    }
  }
  logger.info('weekly digest run', summary);
  return summary;
}

async function deliver(week: string, recipient: string, summary: RunSummary, build: () => Promise<Digest | null>, send: (d: Digest) => Promise<string>) {
  if (!(await claim(week, recipient))) { summary.alreadySent++; return; }
  try {
    const digest = await build();
    if (!digest) {
      await settle(week, recipient, 'empty');
      summary.empty++;
      return;
    }
    const messageId = await send(digest);
    await settle(week, recipient, 'sent', { messageId, subject: digest.subject });
    summary.sent++;
  } catch (error) {
    await release(week, recipient);
    summary.failed++;
    logger.error('digest not sent', { week, recipient, error });
  }
}

/** WeCom (企业微信) and DingTalk (钉钉) group robots: the same markdown, each in its envelope. */
async function postToRobot(url: string, d: Digest) {
  const text = renderMarkdown(d);
  const body = /dingtalk/.test(new URL(url).hostname)
    ? { msgtype: 'markdown', markdown: { title: d.subject, text } }
    : { msgtype: 'markdown', markdown: { content: text } };
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000) });
  const reply = (await res.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
  if (!res.ok || (reply.errcode ?? 0) !== 0) throw new Error(`robot answered ${res.status} ${reply.errmsg ?? ''}`);
}

export const PreviewQuery = z.strictObject({
  userId: z.string().min(1).optional().meta({ description: '收件人（默认本人）' }),
  week: Week.optional().meta({ description: 'ISO 周（默认本周）' }),
  format: z.enum(['json', 'html', 'text', 'markdown']).default('json'),
});

/** The digest a person would get (yourself, or someone in your scope; admins anyone). */
export async function previewDigest(p: Principal, raw: unknown) {
  const q = PreviewQuery.parse(raw);
  authorize(p, 'read');
  const user = await loadUser(q.userId ?? p.userId);
  if (!user) throw notFound('用户', q.userId ?? p.userId);
  if (user.id !== p.userId && p.role !== 'admin') {
    const scope = user.scopeParkId ? await loadPark(user.scopeParkId) : undefined;
    if (!scope || !inScope(p, scope.path) || p.role === 'officer') throw notFound('用户', user.id);
  }
  const digest = await buildDigest(user, q.week ?? currentWeek());
  return { format: q.format, digest, html: digest ? renderHtml(digest) : null, text: digest ? renderText(digest) : null, markdown: digest ? renderMarkdown(digest) : null };
}

export const RunQuery = z.strictObject({ week: Week.optional() });

export async function runDigestNow(p: Principal, raw: unknown): Promise<RunSummary> {
  if (p.role !== 'admin' || p.scopeParkId !== null) throw new DomainError('auth.forbidden', '只有全局管理员可以手动发送周报');
  const q = RunQuery.parse(raw);
  if (q.week && q.week > currentWeek()) throw invalid('week', '不能发送未来的周报', 'in_future');
  return runDigest(q.week);
}
