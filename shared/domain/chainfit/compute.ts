import type { Chain } from '../chains/schema.ts';
import { presenceIn, readCounters, type ParkCounters } from '../counters.ts';
import type { Park } from '../parks/schema.ts';
import { chainFit, type Fit, type FitInput } from './rules.ts';

export const fitInput = (lead: FitInput['lead'], park: Park, chain: Chain, counters: ParkCounters): FitInput => ({
  lead,
  park: { name: park.name, leadingChainIds: park.leadingChainIds, availableM2: counters.space.areaM2.available, perMuTaxThreshold: park.perMuTaxThreshold },
  chain,
  presence: presenceIn(counters, chain.id),
});

export type StoredFit = Fit & { computedAt: string };

/** A lead's fit against its own park, as stored on the lead (one GetItem: the park's counters). */
export async function fitForPark(lead: FitInput['lead'], park: Park, chain: Chain, now: string): Promise<StoredFit> {
  return { ...chainFit(fitInput(lead, park, chain, await readCounters(park.id))), computedAt: now };
}

/** Sort key for "best fit first" lists. */
export const fitSortKey = (score: number, leadId: string) => `${String(score).padStart(3, '0')}#${leadId}`;
