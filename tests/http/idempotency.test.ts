import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';
import { tableRows } from '../fixtures/table-snapshot.ts';

const { officerA, officerA2 } = users;

beforeAll(buildWorld);

describe('Idempotency-Key on POST', () => {
  it('replays the first response for the same key and body, writing nothing more', async () => {
    const first = await call('POST', '/leads', { as: officerA, body: leadInput(1), headers: { 'idempotency-key': 'create-1' } });
    const rows = await tableRows();
    const again = await call('POST', '/leads', { as: officerA, body: leadInput(1), headers: { 'idempotency-key': 'create-1' } });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await tableRows()).toEqual(rows);
  });

  it('refuses the same key with another body with 422', async () => {
    await call('POST', '/leads', { as: officerA, body: leadInput(2), headers: { 'idempotency-key': 'create-2' } });
    const other = await call('POST', '/leads', { as: officerA, body: leadInput(3), headers: { 'idempotency-key': 'create-2' } });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'idempotency.key_reused', errors: [{ field: 'Idempotency-Key' }] });
  });

  it('keeps keys per caller: another user may use the same key', async () => {
    const mine = await call('POST', '/leads', { as: officerA, body: leadInput(4), headers: { 'idempotency-key': 'shared-key' } });
    const theirs = await call('POST', '/leads', { as: officerA2, body: leadInput(5), headers: { 'idempotency-key': 'shared-key' } });
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('makes a retried stage change safe: the second send is a replay, not a 409', async () => {
    const { body: lead } = await call('POST', '/leads', { as: officerA, body: leadInput(6) });
    const send = () => call('POST', `/leads/${lead.id}/stage`, { as: officerA, body: { to: 'contacted' }, headers: { 'idempotency-key': 'stage-1' } });
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(first.body.version);
  });

  it('keeps nothing for a refused request: fixing the body and retrying with the same key runs it', async () => {
    const refused = await call('POST', '/leads', { as: officerA, body: leadInput(8, { source: 'cold_call' }), headers: { 'idempotency-key': 'fix-me' } });
    expect(refused.status).toBe(400);
    expect((await tableRows()).some((r) => String(r['pk']).includes('fix-me'))).toBe(false);
    const fixed = await call('POST', '/leads', { as: officerA, body: leadInput(8), headers: { 'idempotency-key': 'fix-me' } });
    expect(fixed.status).toBe(201);
  });

  it('without a key, a second create of the same firm is a duplicate', async () => {
    expect((await call('POST', '/leads', { as: officerA, body: leadInput(7) })).status).toBe(201);
    expect((await call('POST', '/leads', { as: officerA, body: leadInput(7) })).status).toBe(409);
  });
});
