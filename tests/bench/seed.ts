import type { Principal } from '../../shared/auth/principal.ts';
import { createChain } from '../../shared/domain/chains/service.ts';
import { createLead } from '../../shared/domain/leads/service.ts';
import { leadSources } from '../../shared/domain/leads/schema.ts';
import { createPark } from '../../shared/domain/parks/service.ts';
import { putUser } from '../../shared/domain/users/service.ts';
import { creditCode, icChain, leadInput } from '../fixtures/world.ts';
import { pool } from './stats.ts';

export type BenchWorld = {
  parkIds: string[];
  leadIds: string[];
  /** Reads run as the zone's manager: every park in scope, authorization checked per lead. */
  reader: Principal;
  setupMs: number;
  leadsMs: number;
};

const ZONE = 'zone_bench';
const PARKS = ['芯片设计园', '封装测试园', '装备制造园', '新材料园', '智能终端园'];
const SEGMENTS = icChain.segments.map((s) => s.id);

const principal = (userId: string, role: Principal['role'], scopeParkId: string | null): Principal =>
  ({ userId, email: `${userId}@bench.park-crm.cn`, name: userId, role, scopeParkId });

const admin = principal('u_bench_admin', 'admin', null);
const zoneManager = principal('u_bench_zone_mgr', 'park_manager', ZONE);
const parkId = (i: number) => `park_bench_${i + 1}`;
const officerOf = (i: number) => principal(`u_bench_officer_${i + 1}`, 'officer', parkId(i));

async function putPrincipal(p: Principal) {
  await putUser({ id: p.userId, email: p.email, name: p.name, role: p.role, scopeParkId: p.scopeParkId });
}

/** A zone with five parks, one chain, an admin, a zone manager and one officer per park. */
async function seedTree(): Promise<string[]> {
  await putPrincipal(admin);
  await putPrincipal(zoneManager);
  await createChain(admin, icChain, { id: 'chain_ic' });
  await createPark(admin, { name: '基准测试开发区', level: 'zone' }, { id: ZONE });
  const parkIds: string[] = [];
  for (const [i, name] of PARKS.entries()) {
    await createPark(admin, { name, level: 'park', parentId: ZONE, leadingChainIds: ['chain_ic'] }, { id: parkId(i) });
    await putPrincipal(officerOf(i));
    parkIds.push(parkId(i));
  }
  return parkIds;
}

/** Lead n: spread round-robin over the parks, created by that park's officer (who owns it). */
async function seedLead(n: number): Promise<string> {
  const park = n % PARKS.length;
  const month = String((n % 12) + 1).padStart(2, '0');
  const lead = await createLead(officerOf(park), leadInput(n, {
    parkId: parkId(park),
    creditCode: creditCode(n),
    segmentId: SEGMENTS[n % SEGMENTS.length],
    source: leadSources[n % leadSources.length],
    plannedInvestment: 10_000_000 * ((n % 20) + 1),
    followUpDue: `2026-${month}-15`,
  }));
  return lead.id;
}

/** Build the world through the domain services, `concurrency` leads in flight at a time. */
export async function seedWorld(leadCount: number, concurrency = 8): Promise<BenchWorld> {
  const started = performance.now();
  const parkIds = await seedTree();
  const setupMs = performance.now() - started;
  const leadsStarted = performance.now();
  const leadIds = await pool(leadCount, concurrency, seedLead);
  const leadsMs = performance.now() - leadsStarted;
  return { parkIds, leadIds, reader: zoneManager, setupMs, leadsMs };
}
