import { authorize, inScope, type Action, type Principal } from '../../auth/principal.ts';
import { clock } from '../../clock.ts';
import { getItem, queryPage, updateVersioned, type Page } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { addDeltas, transact } from '../../db/transact.ts';
import { DomainError, invalid, notFound, versionMismatch } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { requireChains } from '../chains/service.ts';
import { readCounters, readManyCounters, rollUp, type ParkCounters } from '../counters.ts';
import { allowedParentLevel, CreatePark, Park, UpdatePark } from './schema.ts';

const WHAT = '园区';

/** A park by id, without authorization: for other domain services that check scope themselves. */
export async function loadPark(id: string): Promise<Park | undefined> {
  const item = await getItem(keys.park(id));
  return item ? fromItem(Park, item) : undefined;
}

/** A park the caller may see (404 otherwise, also for existing parks outside their scope). */
export async function getPark(p: Principal, id: string, action: Action = 'read'): Promise<Park> {
  const park = await loadPark(id);
  if (!park) throw notFound(WHAT, id);
  authorize(p, action, { what: WHAT, id, path: park.path });
  return park;
}

export async function createPark(p: Principal, raw: unknown, opts: { id?: string } = {}): Promise<Park> {
  const input = CreatePark.parse(raw);
  let parent: Park | undefined;
  if (input.parentId === null) {
    if (p.role !== 'admin' || p.scopeParkId !== null) {
      throw new DomainError('auth.forbidden', '只有全局管理员可以创建顶层节点');
    }
  } else {
    try {
      parent = await getPark(p, input.parentId, 'park.write');
    } catch (e) {
      if (e instanceof DomainError && e.code === 'resource.not_found') throw invalid('parentId', '上级节点不存在或无权访问', 'not_found');
      throw e;
    }
  }
  if (!allowedParentLevel[input.level].includes(parent?.level ?? null)) {
    throw invalid('parentId', `${input.level} 不能位于 ${parent?.level ?? '顶层'} 之下`, 'level_mismatch');
  }
  await requireChains(input.leadingChainIds, 'leadingChainIds');

  const id = opts.id ?? newId('park');
  const path = [...(parent?.path ?? []), id];
  const zoneId = input.level === 'zone' ? id : (parent?.zoneId ?? null);
  const now = clock.nowIso();
  const park: Park = { id, ...input, path, zoneId, childCount: 0, version: 1, createdAt: now, updatedAt: now };
  await transact([
    {
      write: {
        Put: {
          Item: {
            ...keys.park(id), entity: 'park', ...park,
            gsi1pk: keys.parkChildren(park.parentId), gsi1sk: `${park.name}#${id}`,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new DomainError('resource.conflict', '园区 id 已存在', [], { id }),
    },
    ...(parent
      ? [{
        ...addDeltas(keys.park(parent.id), { childCount: 1 }, {}, 'attribute_exists(pk)')!,
        onConditionFailed: () => invalid('parentId', '上级节点已被删除', 'not_found'),
      }]
      : []),
  ]);
  return park;
}

/**
 * The node a list reads: the given park, or the caller's own scope; it must be visible to the
 * caller and inside a zone (a city-level node has no zone partition). Errors name `parkId`.
 */
export async function listNode(p: Principal, parkId: string | undefined): Promise<Park & { zoneId: string }> {
  const nodeId = parkId ?? p.scopeParkId;
  const node = nodeId ? await loadPark(nodeId) : undefined;
  if (!node || !inScope(p, node.path)) {
    throw invalid('parkId', nodeId ? '园区不存在或无权访问' : '请指定开发区或园区', nodeId ? 'not_found' : 'required');
  }
  if (node.zoneId === null) throw invalid('parkId', '请指定开发区或园区', 'level_invalid');
  return node as Park & { zoneId: string };
}

/** Children of a node (or the caller's visible roots when parentId is omitted). */
export async function listParks(
  p: Principal,
  q: { parentId?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<Park>> {
  if (q.parentId === undefined && p.scopeParkId !== null) {
    // A scoped user's root is their own scope node.
    const own = await getPark(p, p.scopeParkId);
    return { items: [own], nextCursor: null };
  }
  authorize(p, 'read');
  if (q.parentId !== undefined) await getPark(p, q.parentId);
  const page = await queryPage({
    index: 'byCollection', partition: keys.parkChildren(q.parentId ?? null), cursor: q.cursor, limit: q.limit,
  });
  return { items: page.items.map((i) => fromItem(Park, i)), nextCursor: page.nextCursor };
}

export async function updatePark(p: Principal, id: string, raw: unknown, ifMatch: number): Promise<Park> {
  const input = UpdatePark.parse(raw);
  await getPark(p, id, 'park.write');
  if (input.leadingChainIds) await requireChains(input.leadingChainIds, 'leadingChainIds');
  const item = await updateVersioned({
    key: keys.park(id),
    set: { ...input, ...(input.name ? { gsi1sk: `${input.name}#${id}` } : {}) },
    ifMatch,
    now: clock.nowIso(),
    onMissing: () => notFound(WHAT, id),
  });
  return fromItem(Park, item);
}

/**
 * Delete an empty park: no children, no leads, no space. The counters check and the delete
 * are one transaction, so a lead created meanwhile cannot be orphaned.
 */
export async function deletePark(p: Principal, id: string, ifMatch: number): Promise<void> {
  const park = await getPark(p, id, 'park.write');
  if (p.scopeParkId === id) throw new DomainError('auth.forbidden', '不能删除自己的管辖节点');
  await transact([
    {
      write: {
        Delete: {
          Key: keys.park(id),
          ConditionExpression: '#version = :v AND (attribute_not_exists(childCount) OR childCount = :zero)',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':v': ifMatch, ':zero': 0 },
        },
      },
      onConditionFailed: (old) => {
        if (!old) return notFound(WHAT, park.id);
        if (Number(old['childCount'] ?? 0) > 0) return new DomainError('resource.conflict', '该节点下仍有下级园区，不能删除', [], { id });
        return versionMismatch(Number(old['version']));
      },
    },
    ...(park.parentId ? [addDeltas(keys.park(park.parentId), { childCount: -1 })!] : []),
    {
      write: {
        ConditionCheck: {
          Key: keys.parkCounters(id),
          ConditionExpression: 'attribute_not_exists(pk) OR ((attribute_not_exists(leads_total) OR leads_total = :zero) AND (attribute_not_exists(buildings) OR buildings = :zero))',
          ExpressionAttributeValues: { ':zero': 0 },
        },
      },
      onConditionFailed: () => new DomainError('resource.conflict', '该园区仍有线索或厂房，不能删除', [], { id }),
    },
  ]);
}

/** Every node under `root` (inclusive), breadth first: one Query per node that has children. */
export async function subtree(root: Park): Promise<Park[]> {
  const out: Park[] = [root];
  for (let i = 0; i < out.length; i++) {
    if (!out[i]!.childCount) continue;
    let cursor: string | undefined;
    do {
      const page = await queryPage({ index: 'byCollection', partition: keys.parkChildren(out[i]!.id), cursor, limit: 100 });
      out.push(...page.items.map((x) => fromItem(Park, x)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return out;
}

export type ParkStats = { park: Pick<Park, 'id' | 'name' | 'level'>; own: ParkCounters; subtree: ParkCounters; parks: number };

/** A node's own counters and the roll-up over its subtree: O(parks) reads, never O(leads). */
export async function parkStats(p: Principal, id: string): Promise<ParkStats> {
  const park = await getPark(p, id);
  const nodes = await subtree(park);
  const counters = nodes.length === 1 ? [await readCounters(id)] : await readManyCounters(nodes.map((n) => n.id));
  return {
    park: { id: park.id, name: park.name, level: park.level },
    own: counters[0]!,
    subtree: rollUp(id, counters),
    parks: nodes.length,
  };
}

