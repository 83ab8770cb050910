import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../../shared/auth/principal.ts';
import { ddb, tableName } from '../../shared/db/client.ts';
import { getItem } from '../../shared/db/ops.ts';
import { keys } from '../../shared/db/table.ts';
import { createChain } from '../../shared/domain/chains/service.ts';
import { changeStage, createLead, recordActivity } from '../../shared/domain/leads/service.ts';
import { createPark } from '../../shared/domain/parks/service.ts';
import { changeUnitStatus, createBuilding } from '../../shared/domain/space/service.ts';
import { putUser } from '../../shared/domain/users/service.ts';
import { DomainError } from '../../shared/errors.ts';
import { logger } from '../../shared/observability/logger.ts';
import {
  demoBuildings, demoChains, demoLeads, demoParks, demoUnitMoves, demoUsers,
} from './demo-data.ts';

const SEED = 'demo-v1';

const asPrincipal = (u: (typeof demoUsers)[number]): Principal =>
  ({ userId: u.id, email: u.email, name: u.name, role: u.role, scopeParkId: u.scopeParkId });

/** Run a create; an id that already exists means an earlier, interrupted seed made it. */
async function once(create: () => Promise<unknown>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (e) {
    if (e instanceof DomainError && e.code === 'resource.conflict') return false;
    throw e;
  }
}

/**
 * Load the demo data through the domain services (so counters, firm claims and activities are
 * exactly what the API would write). Runs once: a marker item records completion, and every
 * row has a fixed id, so an interrupted seed resumes without duplicating anything.
 */
export async function seedDemo(): Promise<'seeded' | 'already'> {
  if (await getItem(keys.seed(SEED), true)) return 'already';
  const started = Date.now();
  const users = new Map(demoUsers.map((u) => [u.id, asPrincipal(u)]));
  const admin = [...users.values()].find((u) => u.role === 'admin' && u.scopeParkId === null)!;

  for (const u of demoUsers) await putUser(u);
  for (const { id, ...chain } of demoChains) await once(() => createChain(admin, chain, { id }));
  for (const { id, ...park } of demoParks) await once(() => createPark(admin, park, { id }));

  const newBuildings = new Set<string>();
  for (const { parkId, id, unitIds, ...building } of demoBuildings) {
    if (await once(() => createBuilding(admin, parkId, building, { id, unitIds }))) newBuildings.add(id);
  }
  for (const m of demoUnitMoves) {
    if (newBuildings.has(m.buildingId)) await changeUnitStatus(admin, m.parkId, m.buildingId, m.unitId, { to: m.to });
  }

  for (const lead of demoLeads) {
    const actor = users.get(lead.actorUserId) ?? admin;
    if (!(await once(() => createLead(actor, lead.input, { id: lead.id })))) continue;
    // Activities first (oldest → newest), then the stage moves they led to.
    for (const { actorUserId, ...activity } of lead.activities) {
      await recordActivity(users.get(actorUserId ?? '') ?? actor, lead.id, activity);
    }
    for (const change of lead.stages) await changeStage(actor, lead.id, change);
  }

  await ddb.send(new PutCommand({
    TableName: tableName,
    Item: { ...keys.seed(SEED), entity: 'seed', seededAt: new Date().toISOString() },
  }));
  logger.info('demo data seeded', {
    ms: Date.now() - started, parks: demoParks.length, chains: demoChains.length,
    buildings: demoBuildings.length, leads: demoLeads.length, users: demoUsers.length,
  });
  return 'seeded';
}
