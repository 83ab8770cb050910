import { UpdateItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../shared/clock.ts';
import { commandCounts, ddb } from '../../shared/db/client.ts';
import { buildWorld, call, users } from '../fixtures/world.ts';
import { building, negotiatingLead, signing } from '../fixtures/projects.ts';
import { tableRows } from '../fixtures/table-snapshot.ts';

const { officerA, officerB, managerA, zoneManager, viewerZ } = users;

beforeAll(async () => {
  clock.set('2026-11-21T04:00:00.000Z'); // 12:00 in Shanghai
  await buildWorld();
});
afterAll(() => clock.reset());

const counters = async (parkId: string) => (await call('GET', `/parks/${parkId}/stats`, { as: zoneManager })).body.own;

describe('signing', () => {
  it('creates the project, takes the units and moves every counter in one go', async () => {
    const b = await building(managerA, 'park_a', [2000, 1500, 1000]);
    const leadId = await negotiatingLead(officerA, 1);
    const res = await call('POST', `/leads/${leadId}/sign`, {
      as: officerA,
      body: signing({ units: [{ buildingId: b.id, unitId: b.units[0] }, { buildingId: b.id, unitId: b.units[1] }] }),
    });
    expect(res.status).toBe(201);
    expect(res.body.countedAs).toBe('new_project');
    expect(res.body.project).toMatchObject({ leadIds: [leadId], spaceM2: 3500, totalInvestment: 200_000_000, nextMilestone: 'construction_started' });
    const lead = await call('GET', `/leads/${leadId}`, { as: officerA });
    expect(lead.body).toMatchObject({ stage: 'signed', projectId: res.body.project.id });
    const own = await counters('park_a');
    expect(own.projects).toMatchObject({ count: 1, signedInvestment: 200_000_000, signedFixedAssetInvestment: 150_000_000 });
    expect(own.leads.byStage).toMatchObject({ signed: 1, negotiating: 0 });
    expect(own.space.areaM2).toMatchObject({ signed: 3500, available: 1000 });
    // Counted in the month it was signed (2026-03-01), not the month it was entered.
    const month = await call('GET', '/parks/zone_z/periods/2026-03', { as: viewerZ });
    expect(month.body).toMatchObject({ projectsSigned: 1, signedInvestment: 200_000_000, signedM2: 3500 });
    expect((await call('GET', '/parks/zone_z/periods/2026-11', { as: viewerZ })).body.projectsSigned).toBe(0);
  });

  it('is atomic: a unit taken between read and write refuses the whole signing and moves no counter', async () => {
    const b = await building(zoneManager, 'park_b', [800, 900]);
    const leadId = await negotiatingLead(officerB, 2, { parkId: 'park_b', chainId: 'chain_eq', segmentId: 'rnd' });
    const before = await tableRows();
    // Between the signing's read of the units and its TransactWriteItems, someone reserves unit 2.
    const raw = new DynamoDBClient({ endpoint: process.env['DYNAMODB_ENDPOINT'], region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    let armed = true;
    ddb.middlewareStack.add((next, context) => async (args) => {
      if (armed && String(context.commandName).startsWith('TransactWrite')) {
        armed = false;
        await raw.send(new UpdateItemCommand({
          TableName: process.env['TABLE_NAME'],
          Key: { pk: { S: 'PARK#park_b' }, sk: { S: `UNIT#${b.id}#${b.units[1]}` } },
          UpdateExpression: 'SET #s = :r',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':r': { S: 'reserved' } },
        }));
      }
      return next(args);
    }, { step: 'initialize', name: 'takeUnitMeanwhile' });
    try {
      const res = await call('POST', `/leads/${leadId}/sign`, {
        as: officerB, body: signing({ units: [{ buildingId: b.id, unitId: b.units[0] }, { buildingId: b.id, unitId: b.units[1] }] }),
      });
      expect(armed).toBe(false); // the interference really happened
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'space.unit_unavailable', errors: [{ field: 'units.1.unitId' }] });
    } finally {
      ddb.middlewareStack.remove('takeUnitMeanwhile');
    }
    const unitKey = `UNIT#${b.id}#${b.units[1]}`;
    const after = await tableRows();
    expect(after.filter((r) => r['sk'] !== unitKey)).toEqual(before.filter((r) => r['sk'] !== unitKey));
    expect(after.find((r) => r['sk'] === unitKey)!['status']).toBe('reserved');
  });

  it('refuses a lead that is not in negotiation, and a unit that is not available', async () => {
    const early = (await call('POST', '/leads', { as: officerA, body: (await import('../fixtures/world.ts')).leadInput(3) })).body.id;
    const notReady = await call('POST', `/leads/${early}/sign`, { as: officerA, body: signing({ landMu: 30 }) });
    expect(notReady.status).toBe(409);
    expect(notReady.body).toMatchObject({ code: 'lead.stage_transition_invalid', errors: [{ field: 'stage' }] });
    const b = await building(managerA, 'park_a', [500]);
    await call('POST', `/parks/park_a/buildings/${b.id}/units/${b.units[0]}/status`, { as: managerA, body: { to: 'withdrawn' } });
    const leadId = await negotiatingLead(officerA, 4);
    const taken = await call('POST', `/leads/${leadId}/sign`, { as: officerA, body: signing({ units: [{ buildingId: b.id, unitId: b.units[0] }] }) });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('units.0.unitId');
    const direct = await call('POST', `/leads/${leadId}/stage`, { as: officerA, body: { to: 'signed' } });
    expect(direct.status).toBe(409);
  });
});

describe('capital increases count only the increase', () => {
  it('on the project: revised totals add the difference, the firm stays one project', async () => {
    const leadId = await negotiatingLead(officerA, 10);
    const signed = await call('POST', `/leads/${leadId}/sign`, { as: officerA, body: signing({ landMu: 40, totalInvestment: 100_000_000, fixedAssetInvestment: 80_000_000 }) });
    const before = await counters('park_a');
    const res = await call('POST', `/projects/${signed.body.project.id}/capital-increases`, {
      as: managerA, body: { signedAt: '2026-11-10', totalInvestment: 150_000_000, fixedAssetInvestment: 120_000_000, note: '二期增资' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totalInvestment: 150_000_000, capitalIncreases: [{ totalInvestmentAdded: 50_000_000, fixedAssetInvestmentAdded: 40_000_000 }] });
    const after = await counters('park_a');
    expect(after.projects.count).toBe(before.projects.count);
    expect(after.projects.signedInvestment - before.projects.signedInvestment).toBe(50_000_000);
    const notMore = await call('POST', `/projects/${signed.body.project.id}/capital-increases`, { as: managerA, body: { signedAt: '2026-11-11', totalInvestment: 150_000_000, fixedAssetInvestment: 120_000_000 } });
    expect(notMore.status).toBe(400);
    expect(notMore.body.errors[0].field).toBe('totalInvestment');
  });

  it('on a second signing by the same firm (an expansion lead): added to its project, not counted again', async () => {
    const first = await negotiatingLead(officerA, 11);
    const signed = await call('POST', `/leads/${first}/sign`, { as: officerA, body: signing({ landMu: 20, totalInvestment: 60_000_000, fixedAssetInvestment: 50_000_000 }) });
    const before = await counters('park_a');
    // Signing released the firm's open-lead claim: its expansion can be logged as a new lead.
    const expansion = await negotiatingLead(officerA, 11, { firmName: '测试企业11有限公司（二期）' });
    const second = await call('POST', `/leads/${expansion}/sign`, { as: officerA, body: signing({ landMu: 10, totalInvestment: 30_000_000, fixedAssetInvestment: 25_000_000 }) });
    expect(second.status).toBe(201);
    expect(second.body.countedAs).toBe('capital_increase');
    expect(second.body.project).toMatchObject({
      id: signed.body.project.id, leadIds: [first, expansion], totalInvestment: 90_000_000, landMu: 30,
      capitalIncreases: [{ totalInvestmentAdded: 30_000_000, leadId: expansion }],
    });
    const after = await counters('park_a');
    expect(after.projects.count).toBe(before.projects.count);
    expect(after.projects.signedInvestment - before.projects.signedInvestment).toBe(30_000_000);
    // Signed leads stay (the project depends on them).
    expect((await call('DELETE', `/leads/${first}`, { as: managerA, headers: { 'if-match': '"5"' } })).status).toBe(409);
  });
});

describe('milestones and the 三未 lists (today 2026-11-21)', () => {
  it('records milestones in order, moves units in at 开工, and lists late projects by hand-written dates', async () => {
    const b = await building(zoneManager, 'park_b', [1200, 1300]);
    const mk = async (n: number, ms: Record<string, string>, units: string[] = []) => {
      const leadId = await negotiatingLead(officerB, n, { parkId: 'park_b', chainId: 'chain_eq', segmentId: 'rnd' });
      const res = await call('POST', `/leads/${leadId}/sign`, {
        as: officerB, body: signing({ signedAt: '2026-01-10', milestones: ms, ...(units.length ? { units: units.map((u) => ({ buildingId: b.id, unitId: u })) } : { landMu: 30 }) }),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.project.id as string;
    };
    // P1: 开工 committed 2026-11-20 (yesterday), not started → 签约未开工.
    const p1 = await mk(20, { construction_started: '2026-11-20', completed: '2027-06-30', in_production: '2027-09-30', at_capacity: '2028-06-30' });
    // P2: 开工 committed 2026-11-21 (today) → not late yet.
    const p2 = await mk(21, { construction_started: '2026-11-21', completed: '2027-06-30', in_production: '2027-09-30', at_capacity: '2028-06-30' });
    // P3: started 2026-03-01 in leased units; 竣工 committed 2026-10-31 → 开工未竣工.
    const p3 = await mk(22, { construction_started: '2026-02-28', completed: '2026-10-31', in_production: '2026-12-31', at_capacity: '2027-12-31' }, [b.units[0]!]);
    // P4: started and completed; 投产 committed 2026-08-31 → 竣工未投产.
    const p4 = await mk(23, { construction_started: '2026-02-01', completed: '2026-06-30', in_production: '2026-08-31', at_capacity: '2027-08-31' });

    const before = await counters('park_b');
    const started = await call('POST', `/projects/${p3}/milestones/construction_started`, { as: officerB, body: { actualDate: '2026-03-01' } });
    expect(started.status).toBe(200);
    expect(started.body.milestones.construction_started).toMatchObject({ actual: '2026-03-01', status: 'done_late' });
    const moved = await counters('park_b');
    expect(moved.space.areaM2.occupied - before.space.areaM2.occupied).toBe(1200);
    expect(moved.space.areaM2.signed - before.space.areaM2.signed).toBe(-1200);

    const outOfOrder = await call('POST', `/projects/${p4}/milestones/completed`, { as: officerB, body: { actualDate: '2026-06-30' } });
    expect(outOfOrder.status).toBe(409);
    expect(outOfOrder.body.code).toBe('project.milestone_invalid');
    await call('POST', `/projects/${p4}/milestones/construction_started`, { as: officerB, body: { actualDate: '2026-02-01' } });
    expect((await call('POST', `/projects/${p4}/milestones/completed`, { as: officerB, body: { actualDate: '2026-06-28' } })).status).toBe(200);
    const future = await call('POST', `/projects/${p4}/milestones/in_production`, { as: officerB, body: { actualDate: '2026-11-22' } });
    expect(future.status).toBe(400);

    const list = async (late: string, parkId = 'park_b') =>
      (await call('GET', `/projects?parkId=${parkId}&late=${late}`, { as: viewerZ })).body.items.map((p: { id: string }) => p.id);
    expect(await list('not_started')).toEqual([p1]);
    expect(await list('not_completed')).toEqual([p3]);
    expect(await list('not_producing')).toEqual([p4]);
    expect(await list('not_started', 'zone_z')).toContain(p1);
    expect(await list('not_started', 'zone_z')).not.toContain(p2);
    const p2Read = await call('GET', `/projects/${p2}`, { as: viewerZ });
    expect(p2Read.body.milestones.construction_started.status).toBe('due_soon');
  });
});

describe('履约 reports through the API (worked example)', () => {
  it('gives attainment and per-mu figures, and flags a weak producer', async () => {
    await call('PATCH', '/parks/park_a', { as: managerA, body: { perMuTaxThreshold: 150_000 }, headers: { 'if-match': (await call('GET', '/parks/park_a', { as: managerA })).headers.get('etag')! } });
    const leadId = await negotiatingLead(officerA, 30);
    const { body } = await call('POST', `/leads/${leadId}/sign`, {
      as: officerA,
      body: signing({ signedAt: '2025-06-01', landMu: 50, totalInvestment: 200_000_000, fixedAssetInvestment: 150_000_000,
        milestones: { construction_started: '2025-07-01', completed: '2025-10-31', in_production: '2025-12-31', at_capacity: '2026-12-31' } }),
    });
    const id = body.project.id;
    for (const [m, d] of [['construction_started', '2025-07-01'], ['completed', '2025-10-30'], ['in_production', '2025-12-20']]) {
      expect((await call('POST', `/projects/${id}/milestones/${m}`, { as: officerA, body: { actualDate: d } })).status).toBe(200);
    }
    for (const m of ['01', '02', '03', '04', '05', '06']) {
      const r = await call('PUT', `/projects/${id}/reports/2026-${m}`, { as: officerA, body: { outputValue: 15_000_000, tax: 600_000, fixedAssetInvestment: 10_000_000 } });
      expect(r.status).toBe(200);
    }
    const project = (await call('GET', `/projects/${id}`, { as: viewerZ })).body;
    // Same hand-worked numbers as tests/unit/project-rules.test.ts.
    expect(project.performance).toMatchObject({
      annualOutput: 180_000_000, annualTax: 7_200_000, cumulativeFixedAssetInvestment: 60_000_000,
      attainment: { output: 90, tax: 72, fixedAssetInvestment: 40 },
      perMu: { output: 3_600_000, tax: 144_000, investmentIntensity: 1_200_000 },
      belowPerMuThreshold: true,
    });
    const weak = await call('GET', '/projects?parkId=park_a&belowPerMuThreshold=true', { as: viewerZ });
    expect(weak.body.items.map((p: { id: string }) => p.id)).toEqual([id]);
    // A corrected June report replaces June (not added twice): tax 60万 → 240万 lifts 亩均税收 to 18万.
    await call('PUT', `/projects/${id}/reports/2026-06`, { as: officerA, body: { outputValue: 15_000_000, tax: 2_400_000, fixedAssetInvestment: 10_000_000 } });
    const fixed = (await call('GET', `/projects/${id}`, { as: viewerZ })).body;
    // Σ tax = 5 × 60万 + 240万 = 540万; × 2 = 1080万; ÷ 50 亩 = 21.6万/亩 ≥ 15万.
    expect(fixed.performance.annualTax).toBe(10_800_000);
    expect(fixed.performance.perMu.tax).toBe(216_000);
    expect(fixed.performance.belowPerMuThreshold).toBe(false);
    const mixed = await call('PUT', `/projects/${id}/reports/2026-Q3`, { as: officerA, body: { outputValue: 1, tax: 1, fixedAssetInvestment: 1 } });
    expect(mixed.status).toBe(400);
    expect(mixed.body.errors[0].field).toBe('period');
  });
});

describe('take-up', () => {
  it('for the zone equals Σ signed+occupied ÷ Σ marketable over every unit, to 0.01 %, in O(parks) calls', async () => {
    const rows = await tableRows();
    const units = rows.filter((r) => r['entity'] === 'unit' && String(r['parkId']).match(/^park_(a|a1|b)$/));
    const taken = units.filter((u) => ['signed', 'occupied'].includes(String(u['status']))).reduce((s, u) => s + Number(u['areaM2']), 0);
    const marketable = units.filter((u) => u['status'] !== 'withdrawn').reduce((s, u) => s + Number(u['areaM2']), 0);
    expect(units.length).toBeGreaterThan(5);
    commandCounts.clear();
    const res = await call('GET', '/parks/zone_z/take-up?weeks=4', { as: viewerZ });
    const calls = [...commandCounts.values()].reduce((a, b) => a + b, 0);
    expect(res.body.current.takeUpRate).toBeCloseTo((taken / marketable) * 100, 2);
    expect(res.body.current).toMatchObject({ takenM2: taken, marketableM2: marketable });
    // zone + 2 children queries (zone, park_a) + counters BatchGet + week BatchGet = 5, whatever the units.
    expect(calls).toBe(5);
    expect(res.body.parks.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['zone_z', 'park_a', 'park_a1', 'park_b']));
    expect(res.body.history).toHaveLength(4);
    expect(res.body.history.at(-1)).toMatchObject({ week: '2026-W47', takeUpRate: res.body.current.takeUpRate });
    // Everything in this file happened this week: at the end of last week nothing was marketable.
    expect(res.body.history.at(-2)).toMatchObject({ week: '2026-W46', marketableM2: 0, takeUpRate: null });
    // Forty more units (a new building) change the figures, not the cost of reading them.
    await building(managerA, 'park_a1', Array.from({ length: 40 }, () => 500), '二期厂房');
    commandCounts.clear();
    const more = await call('GET', '/parks/zone_z/take-up?weeks=4', { as: viewerZ });
    expect([...commandCounts.values()].reduce((a, b) => a + b, 0)).toBe(calls);
    expect(more.body.current.marketableM2).toBe(marketable + 20_000);
  });
});
