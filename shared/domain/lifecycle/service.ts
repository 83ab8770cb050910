import { z } from 'zod';
import { authorize, inScope, type Principal } from '../../auth/principal.ts';
import type { Page } from '../../db/ops.ts';
import { fromItem } from '../../db/table.ts';
import { Lead } from '../leads/schema.ts';
import { escalatedTo } from './store.ts';

export const ListEscalationsQuery = z.strictObject({
  cursor: z.string().optional().meta({ description: '上一页返回的 nextCursor' }),
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: '每页条数（1–100）' }),
}).meta({ id: 'ListEscalationsQuery' });

/**
 * The leads the workflow escalated to the caller (a park manager), oldest escalation first —
 * one Query of the caller's ESCALATED# partition. Leads outside the caller's scope are left out.
 */
export async function listMyEscalations(p: Principal, raw: unknown): Promise<Page<Lead>> {
  const q = ListEscalationsQuery.parse(raw);
  authorize(p, 'read');
  const page = await escalatedTo(p.userId, q);
  return {
    items: page.items.map((i) => fromItem(Lead, i)).filter((l) => inScope(p, l.parkPath)),
    nextCursor: page.nextCursor,
  };
}
