import { createServer } from 'node:http';
import { mockClient } from 'aws-sdk-client-mock';
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../shared/clock.ts';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { sentMail } from '../../infra/local/ses-local.ts';
import { runDigest } from '../../shared/domain/digest/service.ts';
import { mailRetry, ses } from '../../shared/notify/mail.ts';
import { putUser } from '../../shared/domain/users/service.ts';
import type { Principal } from '../../shared/auth/principal.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { negotiatingLead, signing } from '../fixtures/projects.ts';

const { admin, officerA, managerA } = users;
const tag = Math.random().toString(36).slice(2, 8);
const person = (id: string, role: Principal['role'], scopeParkId: string): Principal =>
  ({ userId: `${id}_${tag}`, email: `${id}.${tag}@digest.park-crm.cn`, name: id, role, scopeParkId });
const officer = person('officer', 'officer', 'park_a');
const manager = person('manager', 'park_manager', 'park_a');
const leader = person('leader', 'park_manager', 'zone_z');
const idle = person('idle', 'officer', 'park_b');
const mine = [officer, manager, leader, idle];

const robotMessages: unknown[] = [];
const robot = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  robotMessages.push(JSON.parse(body));
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
});

beforeAll(async () => {
  clock.set('2026-11-23T00:30:00.000Z'); // Monday 08:30 in Shanghai, ISO week 2026-W48
  await buildWorld();
  for (const u of mine) await putUser({ id: u.userId, email: u.email, name: u.name, role: u.role, scopeParkId: u.scopeParkId });
  const port = await freePort();
  await new Promise<void>((r) => robot.listen(port, '127.0.0.1', () => r()));
  const park = await call('GET', '/parks/park_a', { as: managerA });
  await call('PATCH', '/parks/park_a', { as: managerA, headers: { 'if-match': park.headers.get('etag')! }, body: {
    digestRobotUrl: `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=test`,
    annualTargets: { 2026: { signedInvestment: 1_000_000_000, spaceTakeUpM2: 20_000 } },
  } });
  // Something to say: a lead due this week for the officer, a signed project, an escalated blocker.
  await call('POST', '/leads', { as: officer, body: leadInput(1, { followUpDue: '2026-11-25', ownerId: officer.userId }) });
  const signed = await call('POST', `/leads/${await negotiatingLead(officerA, 2)}/sign`, { as: officerA, body: signing({ landMu: 20, signedAt: '2026-11-20', milestones: { construction_started: '2026-12-01', completed: '2027-03-01', in_production: '2027-06-01', at_capacity: '2028-06-01' } }) });
  const blocker = await call('POST', '/blockers', { as: officerA, body: { subject: { type: 'project', id: signed.body.project.id }, description: '双回路供电未接入', category: 'utilities', department: '供电公司' } });
  await call('POST', `/blockers/${blocker.body.id}/status`, { as: managerA, body: { to: 'escalated' } });
});
afterAll(() => { clock.reset(); robot.close(); });

const myMail = async () => (await sentMail(process.env['SES_ENDPOINT']!)).filter((m) => mine.some((u) => m.destination.to.includes(u.email)));

describe('weekly digest', () => {
  it('sends each person exactly one email for the week, even when the job runs twice', async () => {
    const first = await call('POST', '/digests/run?week=2026-W48', { as: admin });
    expect(first.status).toBe(200);
    const second = await call('POST', '/digests/run?week=2026-W48', { as: admin });
    expect(second.body.sent).toBe(0);
    expect(second.body.alreadySent).toBe(first.body.recipients);
    const mail = await myMail();
    const to = mail.map((m) => m.destination.to[0]).sort();
    // The idle officer (nothing due, nothing happened) gets nothing.
    expect(to).toEqual([leader.email, manager.email, officer.email].sort());
    expect(mail.find((m) => m.destination.to[0] === officer.email)!.subject).toContain('【招商周报】芯片园');
    // The park's group robot got the manager's view once, as WeCom markdown.
    expect(robotMessages).toHaveLength(1);
    expect(robotMessages[0]).toMatchObject({ msgtype: 'markdown', markdown: { content: expect.stringContaining('调度议程') } });
  });

  it('quotes the same figures as the metrics API for that week', async () => {
    const preview = await call('GET', `/digests/preview?userId=${manager.userId}&week=2026-W48`, { as: admin });
    const metrics = await call('GET', '/metrics/parks/park_a?date=2026-11-23', { as: managerA });
    const f = preview.body.digest.figures;
    expect(f.signedInvestmentYear).toBe(metrics.body.signedInvestment.year);
    expect(f.yearProgress).toBe(metrics.body.signedInvestment.yearProgress);
    expect(f.takeUpRate).toBe(metrics.body.takeUp.takeUpRate);
    expect(f.escalatedBlockers).toBe(metrics.body.blockers.escalated);
    expect(f.signedInvestmentYear).toBe(200_000_000);
    expect(preview.body.html).toContain('签约投资与年度目标');
    expect(preview.body.html).not.toMatch(/<img|src="http/);
    const html = await call('GET', `/digests/preview?userId=${manager.userId}&week=2026-W48&format=html`, { as: admin });
    expect(html.headers.get('content-type')).toContain('text/html');
    // People outside your scope are not previewable.
    expect((await call('GET', `/digests/preview?userId=${leader.userId}`, { as: managerA })).status).toBe(404);
  });

  it('retries an SES throttling error and still sends once', async () => {
    const mock = mockClient(ses);
    mailRetry.baseMs = 5;
    try {
      const throttled = Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });
      mock.on(SendEmailCommand).rejectsOnce(throttled).resolves({ MessageId: 'mocked-1' });
      await call('POST', '/leads', { as: officer, body: leadInput(3, { followUpDue: '2026-12-02', ownerId: officer.userId }) });
      const run = await runDigest('2026-W49');
      const toOfficer = mock.commandCalls(SendEmailCommand).filter((c) => c.args[0].input.Destination?.ToAddresses?.[0] === officer.email);
      expect(toOfficer.length).toBeGreaterThanOrEqual(1);
      expect(run.failed).toBe(0);
      expect(mock.commandCalls(SendEmailCommand).length).toBe(run.sent - run.robots + 1); // one throttled call, then one per email
      const again = await runDigest('2026-W49');
      expect(again.sent).toBe(0);
    } finally {
      mock.restore();
    }
  });
});
