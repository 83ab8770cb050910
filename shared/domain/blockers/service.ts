import { authorize, type Principal } from '../../auth/principal.ts';
import { clock, shanghaiDate } from '../../clock.ts';
import { getItem, queryPage, type Page, type QuerySpec } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { counterDelta, transact, type TxItem } from '../../db/transact.ts';
import { versionedUpdate } from '../../db/versioned.ts';
import { DomainError, invalid, notFound, versionMismatch } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { publish } from '../../events.ts';
import { counterName, monthCounter, periodDeltas } from '../counters.ts';
import { getLead } from '../leads/service.ts';
import { listNode } from '../parks/service.ts';
import { getProject } from '../projects/service.ts';
import { canOwn, loadUser } from '../users/service.ts';
import {
  Blocker, blockerTransitions, ChangeBlockerStatus, ListBlockersQuery, RaiseBlocker, statusLabels, UpdateBlocker,
  type BlockerStatus,
} from './schema.ts';

const WHAT = '堵点';

/**
 * Index attributes: the subject's blockers (gsi1), the park's blockers newest first (gsi2), and
 * per status for the park (gsi3) and the zone (gsi5), oldest status change first — the escalated
 * partition is the dispatch agenda (调度).
 */
const blockerIndexKeys = (b: Pick<Blocker, 'id' | 'subjectId' | 'parkId' | 'zoneId' | 'status' | 'statusChangedAt'>) => ({
  gsi1pk: keys.subjectBlockers(b.subjectId), gsi1sk: b.id,
  gsi2pk: keys.parkAllBlockers(b.parkId), gsi2sk: b.id,
  gsi3pk: keys.parkBlockers(b.parkId, b.status), gsi3sk: `${b.statusChangedAt}#${b.id}`,
  gsi5pk: keys.zoneBlockers(b.zoneId, b.status), gsi5sk: `${b.statusChangedAt}#${b.id}`,
});

export async function getBlocker(p: Principal, id: string, action: 'read' | 'lead.write' = 'read'): Promise<Blocker> {
  const item = await getItem(keys.blocker(id), true);
  if (!item) throw notFound(WHAT, id);
  const blocker = fromItem(Blocker, item);
  authorize(p, action, { what: WHAT, id, path: blocker.parkPath });
  return blocker;
}

async function subjectOf(p: Principal, subject: { type: 'lead' | 'project'; id: string }) {
  try {
    const s = subject.type === 'lead' ? await getLead(p, subject.id, 'lead.write') : await getProject(p, subject.id, 'lead.write');
    return { firmName: s.firmName, parkId: s.parkId, zoneId: s.zoneId, parkPath: s.parkPath };
  } catch (e) {
    if (e instanceof DomainError && e.code === 'resource.not_found') throw invalid('subject.id', '线索或项目不存在或无权访问', 'not_found');
    throw e;
  }
}

const monthItem = (parkId: string, at: string, event: 'raised' | 'escalated' | 'resolved' | 'closed') =>
  periodDeltas(parkId, shanghaiDate(new Date(at)), { month: { [monthCounter.blockers(event)]: 1 } });

/** Raise a blocker (堵点/企业诉求) on a lead or project; counted as raised this month. */
export async function raiseBlocker(p: Principal, raw: unknown): Promise<Blocker> {
  const input = RaiseBlocker.parse(raw);
  const subject = await subjectOf(p, input.subject);
  const ownerId = input.ownerId ?? p.userId;
  if (ownerId !== p.userId) {
    const owner = await loadUser(ownerId);
    if (!owner || !canOwn(owner, subject.parkPath)) throw invalid('ownerId', '跟踪人不存在，或不负责该园区', 'owner_invalid');
  }
  const now = clock.nowIso();
  const blocker: Blocker = {
    id: newId('blk'),
    subjectType: input.subject.type,
    subjectId: input.subject.id,
    ...subject,
    description: input.description,
    category: input.category,
    department: input.department,
    ownerId,
    ...(input.dueDate ? { dueDate: input.dueDate } : {}),
    status: 'open',
    statusChangedAt: now,
    raisedBy: p.userId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await transact([
    { write: { Put: { Item: { ...keys.blocker(blocker.id), entity: 'blocker', ...blocker, ...blockerIndexKeys(blocker) }, ConditionExpression: 'attribute_not_exists(pk)' } } },
    counterDelta(blocker.parkId, { [counterName.blockersOpen]: 1 })!,
    ...monthItem(blocker.parkId, now, 'raised'),
  ]);
  return blocker;
}

function blockerUpdate(b: Blocker, set: Record<string, unknown>): TxItem {
  return {
    write: { Update: { Key: keys.blocker(b.id), ...versionedUpdate({ set, version: b.version }) } },
    onConditionFailed: (old) => (old ? versionMismatch(Number(old['version'])) : notFound(WHAT, b.id)),
  };
}

/** Escalate to dispatch (提请调度), resolve (with a note) or close; counted in the month it happens. */
export async function changeBlockerStatus(p: Principal, id: string, raw: unknown, ifMatch?: number): Promise<Blocker> {
  const input = ChangeBlockerStatus.parse(raw);
  const blocker = await getBlocker(p, id, 'lead.write');
  if (ifMatch !== undefined && ifMatch !== blocker.version) throw versionMismatch(blocker.version);
  if (!blockerTransitions[blocker.status].includes(input.to)) {
    throw new DomainError('blocker.transition_invalid', `堵点不能从「${statusLabels[blocker.status]}」变更为「${statusLabels[input.to]}」`, [
      { field: 'to', message: `不允许的状态变更：${blocker.status} → ${input.to}`, code: 'transition_invalid' },
    ]);
  }
  if (input.to === 'resolved' && !input.note) throw invalid('note', '标记解决时须填写解决情况', 'required');
  const now = clock.nowIso();
  const stamp = { escalated: 'escalatedAt', resolved: 'resolvedAt', closed: 'closedAt' }[input.to];
  const next: Blocker = {
    ...blocker,
    status: input.to as BlockerStatus,
    statusChangedAt: now,
    [stamp]: now,
    ...(input.note && input.to !== 'escalated' ? { resolutionNote: input.note } : {}),
    version: blocker.version + 1,
    updatedAt: now,
  };
  const index = blockerIndexKeys(next);
  await transact([
    blockerUpdate(blocker, {
      status: next.status, statusChangedAt: now, [stamp]: now, updatedAt: now,
      ...(next.resolutionNote !== blocker.resolutionNote ? { resolutionNote: next.resolutionNote } : {}),
      gsi3pk: index.gsi3pk, gsi3sk: index.gsi3sk, gsi5pk: index.gsi5pk, gsi5sk: index.gsi5sk,
    }),
    // Current open / escalated counts per park (dashboards read them without listing blockers).
    counterDelta(blocker.parkId, {
      [blocker.status === 'open' ? counterName.blockersOpen : counterName.blockersEscalated]: -1,
      ...(input.to === 'escalated' ? { [counterName.blockersEscalated]: 1 } : {}),
    })!,
    ...monthItem(blocker.parkId, now, input.to),
  ]);
  if (input.to === 'escalated') await publish({ type: 'blocker.escalated', blockerId: id, parkId: blocker.parkId });
  return next;
}

export async function updateBlocker(p: Principal, id: string, raw: unknown, ifMatch: number): Promise<Blocker> {
  const input = UpdateBlocker.parse(raw);
  const blocker = await getBlocker(p, id, 'lead.write');
  if (ifMatch !== blocker.version) throw versionMismatch(blocker.version);
  const now = clock.nowIso();
  await transact([blockerUpdate(blocker, { ...input, updatedAt: now })]);
  return { ...blocker, ...input, version: blocker.version + 1, updatedAt: now };
}

/**
 * Blockers of a lead/project, or of a park/zone. With a status they come oldest first (the
 * escalated ones are the dispatch agenda); a zone without a status is refused (ask per status).
 */
export async function listBlockers(p: Principal, raw: unknown): Promise<Page<Blocker>> {
  const q = ListBlockersQuery.parse(raw);
  authorize(p, 'read');
  let spec: Omit<QuerySpec, 'cursor' | 'limit' | 'filter'>;
  let filter: QuerySpec['filter'];
  if (q.subjectId) {
    spec = { index: 'byCollection', partition: keys.subjectBlockers(q.subjectId), newestFirst: true };
    filter = p.scopeParkId ? { expression: 'contains(#path, :scope)', names: { '#path': 'parkPath' }, values: { ':scope': p.scopeParkId } } : undefined;
    if (q.status) filter = and(filter, { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': q.status } });
  } else {
    const node = await listNode(p, q.parkId);
    const wholeZone = node.level === 'zone' || node.childCount > 0;
    if (q.status) {
      spec = wholeZone
        ? { index: 'byZoneStatus', partition: keys.zoneBlockers(node.zoneId, q.status) }
        : { index: 'byParkStatus', partition: keys.parkBlockers(node.id, q.status) };
    } else if (!wholeZone) {
      spec = { index: 'byPark', partition: keys.parkAllBlockers(node.id), newestFirst: true };
    } else {
      throw invalid('status', '按开发区或含下级园区查询时请指定状态', 'required');
    }
    if (wholeZone && node.level !== 'zone') {
      filter = { expression: 'contains(#path, :node)', names: { '#path': 'parkPath' }, values: { ':node': node.id } };
    }
  }
  const page = await queryPage({ ...spec, cursor: q.cursor, limit: q.limit, ...(filter ? { filter } : {}) });
  return { items: page.items.map((i) => fromItem(Blocker, i)), nextCursor: page.nextCursor };
}

const and = (a: QuerySpec['filter'], b: NonNullable<QuerySpec['filter']>): NonNullable<QuerySpec['filter']> => (a
  ? { expression: `(${a.expression}) AND (${b.expression})`, names: { ...a.names, ...b.names }, values: { ...a.values, ...b.values } }
  : b);
