import type { Principal } from '../../auth/principal.ts';
import { requireChains } from '../chains/service.ts';
import { readManyCounters, type ParkCounters } from '../counters.ts';
import { fitInput } from './compute.ts';
import { getLead } from '../leads/service.ts';
import type { Lead } from '../leads/schema.ts';
import { getPark, loadPark, subtree } from '../parks/service.ts';
import { chainFit } from './rules.ts';

/** Every park of the lead's zone, best fit first (O(parks): the subtree walk and one counters BatchGet). */
export async function bestParks(p: Principal, leadId: string) {
  const lead: Lead = await getLead(p, leadId);
  const zone = await loadPark(lead.zoneId);
  const chain = (await requireChains([lead.chainId], 'chainId')).get(lead.chainId)!;
  const parks = (await subtree(zone!)).filter((n) => n.level === 'park' || n.level === 'subpark');
  const counters = await readManyCounters(parks.map((n) => n.id));
  return {
    leadId,
    parks: parks
      .map((park, i) => ({ parkId: park.id, parkName: park.name, current: park.id === lead.parkId, ...chainFit(fitInput(lead, park, chain, counters[i]!)) }))
      .sort((a, b) => b.score - a.score || a.parkName.localeCompare(b.parkName)),
  };
}

/**
 * A park's chain map: for each of its leading chains, every segment in order with its tenants
 * (signed projects), active leads and whether it is a gap (补链 target). Summed over the park's
 * subtree; O(parks) reads.
 */
export async function chainMap(p: Principal, parkId: string) {
  const park = await getPark(p, parkId);
  const nodes = await subtree(park);
  const counters = await readManyCounters(nodes.map((n) => n.id));
  const segments: ParkCounters['segments'] = {};
  for (const c of counters) {
    for (const [k, v] of Object.entries(c.segments)) {
      const t = (segments[k] ??= { tenants: 0, leads: 0 });
      t.tenants += v.tenants;
      t.leads += v.leads;
    }
  }
  const chains = await requireChains(park.leadingChainIds, 'leadingChainIds');
  return {
    park: { id: park.id, name: park.name, level: park.level },
    chains: park.leadingChainIds.map((id) => {
      const chain = chains.get(id)!;
      const rows = chain.segments.map((s) => {
        const v = segments[`${id}#${s.id}`] ?? { tenants: 0, leads: 0 };
        return { segmentId: s.id, name: s.name, position: s.position, tenants: v.tenants, activeLeads: v.leads, gap: v.tenants === 0 };
      });
      return { chainId: id, name: chain.name, segments: rows, gaps: rows.filter((r) => r.gap).map((r) => r.name) };
    }),
  };
}
