import { BatchWriteItemCommand, DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../shared/clock.ts';
import { commandCounts } from '../../shared/db/client.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';

const { officerA, viewerZ, zoneManager } = users;
const raw = new DynamoDBClient({ endpoint: process.env['DYNAMODB_ENDPOINT'], region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

beforeAll(async () => {
  clock.set('2026-11-20T04:00:00.000Z');
  await buildWorld();
  await call('POST', '/roadshows', { as: officerA, body: { parkId: 'park_a', date: '2026-11-05', title: '封测专场', themeChainId: 'chain_ic' } });
  for (let n = 1; n <= 100; n++) await call('POST', '/leads', { as: officerA, body: leadInput(n, n % 2 ? {} : { parkId: 'park_a1' }) });
});
afterAll(() => clock.reset());

/**
 * 9,900 more leads written straight into the table the way createLead stores them (item and
 * indexes), with the park counter moved to match — the app's own API would take minutes here.
 */
async function addLeads(count: number) {
  const items = Array.from({ length: count }, (_, i) => {
    const id = `lead_bulk_${String(i).padStart(6, '0')}`;
    return {
      pk: `LEAD#${id}`, sk: 'LEAD', entity: 'lead', id, parkId: 'park_a', zoneId: 'zone_z', parkPath: ['zone_z', 'park_a'],
      stage: 'new', furthestStage: 'new', chainId: 'chain_ic', segmentId: 'packaging_test', source: 'online', version: 1,
      gsi1pk: 'ZONE#zone_z#LEADS', gsi1sk: id, gsi2pk: 'PARK#park_a#LEADS', gsi2sk: id, gsi3pk: 'PARK#park_a#STAGE#new', gsi3sk: id,
    };
  });
  const batches = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  for (let i = 0; i < batches.length; i += 8) {
    await Promise.all(batches.slice(i, i + 8).map((batch) => raw.send(new BatchWriteItemCommand({
      RequestItems: { [process.env['TABLE_NAME']!]: batch.map((item) => ({ PutRequest: { Item: marshall(item) } })) },
    }))));
  }
  await raw.send(new UpdateItemCommand({
    TableName: process.env['TABLE_NAME'],
    Key: marshall({ pk: 'PARK#park_a', sk: 'COUNTERS' }),
    UpdateExpression: 'ADD leads_new :n, leads_total :n, reached_new :n, #seg :n',
    ExpressionAttributeNames: { '#seg': 'seg#chain_ic#packaging_test#leads' },
    ExpressionAttributeValues: marshall({ ':n': count }),
  }));
}

const callsFor = async (path: string, as = viewerZ) => {
  commandCounts.clear();
  const res = await call('GET', path, { as });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { body: res.body, calls: [...commandCounts.entries()].sort() };
};

describe('dashboard metrics cost', () => {
  it('answers with the same DynamoDB calls for 100 and for 10,000 leads', async () => {
    const paths = ['/metrics/parks/zone_z', '/metrics/parks/park_a', '/parks/zone_z/take-up', '/parks/zone_z/stats', '/parks/zone_z/chain-map'];
    const small = [];
    for (const path of paths) small.push(await callsFor(path));
    expect(small[0]!.body.funnel.byStage.new).toBe(100);

    await addLeads(9_900);

    for (const [i, path] of paths.entries()) {
      const large = await callsFor(path);
      expect(large.calls, path).toEqual(small[i]!.calls);
    }
    const zone = (await callsFor('/metrics/parks/zone_z')).body;
    expect(zone.funnel.byStage.new).toBe(10_000);
    expect(zone.funnel.reached.new).toBe(10_000);
    // The whole zone read is a handful of calls: park, children queries, counters, month items,
    // roadshows and their results, chains.
    const { calls } = await callsFor('/metrics/parks/zone_z', zoneManager);
    expect(calls.reduce((n, [, c]) => n + c, 0)).toBeLessThanOrEqual(10);
    expect(calls.map(([name]) => name)).not.toContain('ScanCommand');
  }, 120_000);
});
