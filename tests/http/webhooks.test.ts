import { createServer, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { publish, subscribe } from '../../shared/events.ts';
import { delivery, dispatch, stopDeliveries, verifySignature } from '../../shared/domain/webhooks/service.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';

const { admin, officerA, managerA } = users;

type Received = { body: string; signature: string | undefined; event: string | undefined; at: number };
const received: Record<string, Received[]> = { healthy: [], flaky: [] };
let flakyFailures = 2;
let base = '';
const server = createServer(async (req: IncomingMessage, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const name = req.url!.slice(1);
  received[name]!.push({ body, signature: req.headers['x-parkcrm-signature'] as string, event: req.headers['x-parkcrm-event'] as string, at: Date.now() });
  if (name === 'flaky' && flakyFailures-- > 0) { res.writeHead(500).end('try later'); return; }
  res.writeHead(204).end();
});
const unsubscribe = subscribe((e) => { void dispatch(e); });

beforeAll(async () => {
  delivery.backoffMs = 100;
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${port}`;
  await buildWorld();
});
afterAll(() => {
  unsubscribe();
  stopDeliveries();
  server.close();
});

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('webhooks', () => {
  it('signs deliveries with the documented recipe, and a healthy receiver gets each event exactly once', async () => {
    const hook = await call('POST', '/webhooks', { as: admin, body: { url: `${base}/healthy`, events: ['lead.created', 'lead.stage_changed'] } });
    expect(hook.status).toBe(201);
    expect(hook.body.secret).toMatch(/^whsec_/);
    expect((await call('GET', `/webhooks/${hook.body.id}`, { as: admin })).body.secret).toBeUndefined();
    const lead = await call('POST', '/leads', { as: officerA, body: leadInput(1) });
    await call('POST', `/leads/${lead.body.id}/stage`, { as: officerA, body: { to: 'contacted' } });
    await call('POST', `/leads/${lead.body.id}/activities`, { as: officerA, body: { kind: 'call', summary: '电话' } }); // not subscribed
    await until(() => received.healthy!.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(received.healthy!.map((r) => r.event)).toEqual(['lead.created', 'lead.stage_changed']);
    for (const r of received.healthy!) {
      expect(verifySignature(hook.body.secret, r.body, r.signature)).toBe(true);
      expect(verifySignature('whsec_wrong', r.body, r.signature)).toBe(false);
      expect(verifySignature(hook.body.secret, `${r.body} `, r.signature)).toBe(false);
    }
    const payload = JSON.parse(received.healthy![0]!.body);
    expect(payload).toMatchObject({ type: 'lead.created', data: { leadId: lead.body.id, parkId: 'park_a' } });
    // The same event handed over again (a retry upstream) is not delivered twice.
    const event = { type: 'lead.created' as const, leadId: lead.body.id, parkId: 'park_a', id: payload.id, at: payload.occurredAt };
    await dispatch(event);
    await new Promise((r) => setTimeout(r, 200));
    expect(received.healthy!).toHaveLength(2);
  });

  it('retries a receiver that fails twice with backoff: three attempts in all, all in the log', async () => {
    const hook = await call('POST', '/webhooks', { as: admin, body: { url: `${base}/flaky`, events: ['project.signed', 'blocker.escalated'] } });
    const lead = await call('POST', '/leads', { as: officerA, body: leadInput(2) });
    const blocker = await call('POST', '/blockers', { as: officerA, body: { subject: { type: 'lead', id: lead.body.id }, description: '用电增容', category: 'utilities', department: '供电公司' } });
    await call('POST', `/blockers/${blocker.body.id}/status`, { as: managerA, body: { to: 'escalated' } });
    await until(() => received.flaky!.length >= 3);
    const gaps = [received.flaky![1]!.at - received.flaky![0]!.at, received.flaky![2]!.at - received.flaky![1]!.at];
    expect(gaps[0]).toBeGreaterThanOrEqual(100);
    expect(gaps[1]).toBeGreaterThanOrEqual(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(received.flaky).toHaveLength(3);
    const log = await call('GET', `/webhooks/${hook.body.id}/deliveries`, { as: admin });
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ eventType: 'blocker.escalated', state: 'delivered' });
    expect(log.body.items[0].attempts.map((a: { status: number }) => a.status)).toEqual([500, 500, 204]);
    void publish;
  });

  it('is admin-only', async () => {
    expect((await call('POST', '/webhooks', { as: managerA, body: { url: `${base}/healthy`, events: ['lead.created'] } })).status).toBe(403);
    expect((await call('GET', '/webhooks', { as: officerA })).status).toBe(403);
  });
});
