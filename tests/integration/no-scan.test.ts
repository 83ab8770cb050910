import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandCounts, ddb, tableName } from '../../shared/db/client.ts';
import { buildWorld, call, leadInput, users } from '../fixtures/world.ts';

const { officerA, managerA, viewerZ } = users;

beforeAll(buildWorld);

describe('DynamoDB calls per request', () => {
  it('the counting middleware sees a Scan when one is sent (so the suite-wide no-Scan check can fail)', async () => {
    const before = commandCounts.get('ScanCommand') ?? 0;
    await ddb.send(new ScanCommand({ TableName: tableName, Limit: 1 }));
    expect(commandCounts.get('ScanCommand')).toBe(before + 1);
    commandCounts.set('ScanCommand', before); // undo, so this file's afterAll check stays about request paths
  });

  it('no read path Scans, and each costs a fixed number of calls', async () => {
    const { body: lead } = await call('POST', '/leads', { as: officerA, body: leadInput(1) });
    const cost = async (path: string) => {
      commandCounts.clear();
      const res = await call('GET', path, { as: viewerZ });
      expect(res.status, path).toBe(200);
      const total = [...commandCounts.values()].reduce((a, b) => a + b, 0);
      expect(commandCounts.get('ScanCommand') ?? 0, path).toBe(0);
      return total;
    };
    expect(await cost(`/leads/${lead.id}`)).toBe(1);
    // park lookup (its childCount says whether sub-parks exist) + one page
    expect(await cost('/leads?parkId=park_b')).toBe(2);
    expect(await cost('/parks/park_a')).toBe(1);
    // a leaf park's stats: the park + its counter item
    expect(await cost('/parks/park_b/stats')).toBe(2);
    // a park with one sub-park: the park + one children query + one BatchGet of both counter items
    expect(await cost('/parks/park_a/stats')).toBe(3);
    void managerA;
  });
});
