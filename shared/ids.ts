import { monotonicFactory } from 'ulid';

const ulid = monotonicFactory();

/** Time-ordered ids with a readable prefix: `lead_01J…`. Newest-first lists sort on them. */
export const newId = (prefix: 'lead' | 'park' | 'chain' | 'bldg' | 'unit' | 'act' | 'user' | 'proj' | 'blk' | 'rs' | 'imp' | 'evt' | 'whk') =>
  `${prefix}_${ulid()}`;
