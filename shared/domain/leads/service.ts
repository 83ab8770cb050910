import { authorize, inScope, type Principal } from '../../auth/principal.ts';
import { clock } from '../../clock.ts';
import { getItem, queryPage, type Page, type QuerySpec } from '../../db/ops.ts';
import { fromItem, keys, NO_DUE_DATE } from '../../db/table.ts';
import { addDeltas, counterDelta, transact, type TxItem } from '../../db/transact.ts';
import { versionedUpdate } from '../../db/versioned.ts';
import { DomainError, invalid, notFound, versionMismatch } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { publish } from '../../events.ts';
import { requireChains } from '../chains/service.ts';
import type { Chain } from '../chains/schema.ts';
import { fitForPark, fitSortKey, type StoredFit } from '../chainfit/compute.ts';
import { counterName, leadCounterItems } from '../counters.ts';
import { getPark, loadPark } from '../parks/service.ts';
import type { Park } from '../parks/schema.ts';
import { canOwn, loadUser } from '../users/service.ts';
import { checkStageChange, isActive, newlyReached, stageLabels } from './rules.ts';
import {
  Activity, ChangeStage, contactKinds, CreateLead, Lead, ListLeadsQuery, RecordActivity, UpdateLead,
} from './schema.ts';

const WHAT = '线索';

/** Index attributes of a live lead; removed on soft delete so it leaves every list. */
const leadIndexKeys = (l: Pick<Lead, 'id' | 'zoneId' | 'parkId' | 'stage' | 'ownerId' | 'followUpDue' | 'fit'>) => ({
  gsi1pk: keys.zoneLeads(l.zoneId), gsi1sk: l.id,
  gsi2pk: keys.parkLeads(l.parkId), gsi2sk: l.id,
  gsi3pk: keys.parkStage(l.parkId, l.stage), gsi3sk: l.id,
  ...(l.ownerId ? { gsi4pk: keys.ownerDue(l.ownerId), gsi4sk: `${l.followUpDue ?? NO_DUE_DATE}#${l.id}` } : {}),
  ...(l.fit ? { gsi6pk: keys.parkFit(l.parkId), gsi6sk: fitSortKey(l.fit.score, l.id) } : {}),
});

const toLead = (item: Record<string, unknown>) => fromItem(Lead, item);

/** Read a live lead the caller may see; leads outside their parks are "not found". */
export async function getLead(p: Principal, id: string, action: 'read' | 'lead.write' = 'read'): Promise<Lead> {
  const item = await getItem(keys.lead(id), true);
  if (!item || item['deletedAt'] !== undefined) throw notFound(WHAT, id);
  const lead = toLead(item);
  authorize(p, action, { what: WHAT, id, path: lead.parkPath });
  return lead;
}

async function checkChainSegment(chainId: string, segmentId: string | null | undefined): Promise<Chain> {
  const chain = (await requireChains([chainId], 'chainId')).get(chainId)!;
  if (segmentId && !chain.segments.some((s) => s.id === segmentId)) {
    throw invalid('segmentId', `环节 ${segmentId} 不属于产业链「${chain.name}」`, 'not_found');
  }
  return chain;
}

/** Counter deltas of a lead's segment presence (active leads per chain segment). */
const segmentLeads = (lead: Pick<Lead, 'chainId' | 'segmentId'>, n: number): Record<string, number> =>
  lead.segmentId ? { [counterName.segmentLeads(lead.chainId, lead.segmentId)]: n } : {};

/** The owner must be a directory user who works in this park (the caller's own token suffices for themselves). */
export async function checkOwner(p: Principal, ownerId: string, park: Pick<Park, 'path'>) {
  const owner = ownerId === p.userId ? { ...p, id: p.userId } : await loadUser(ownerId);
  if (!owner || !canOwn(owner, park.path)) {
    throw invalid('ownerId', '跟进人不存在，或不负责该园区', 'owner_invalid');
  }
}

/** Park for a new lead: must be visible to the caller and belong to a zone. */
export async function parkForLead(p: Principal, parkId: string): Promise<Park & { zoneId: string }> {
  let park: Park;
  try {
    park = await getPark(p, parkId, 'lead.write');
  } catch (e) {
    if (e instanceof DomainError && e.code === 'resource.not_found') throw invalid('parkId', '园区不存在或无权访问', 'not_found');
    throw e;
  }
  if (park.zoneId === null) throw invalid('parkId', '线索须归属开发区或其下园区', 'level_invalid');
  return park as Park & { zoneId: string };
}

export type CreateOptions = {
  id?: string | undefined;
  /** The roadshow that created this lead: its results count the lead from now on. */
  roadshowId?: string | undefined;
  /** More writes for the same transaction (e.g. the roadshow attendee and its results). */
  extraItems?: TxItem[];
};

export async function createLead(p: Principal, raw: unknown, opts: CreateOptions = {}): Promise<Lead> {
  const input = CreateLead.parse(raw);
  const park = await parkForLead(p, input.parkId);
  const chain = await checkChainSegment(input.chainId, input.segmentId);
  const ownerId = input.ownerId !== undefined ? input.ownerId : p.role === 'officer' ? p.userId : null;
  if (ownerId) await checkOwner(p, ownerId, park);
  const now = clock.nowIso();
  const draft = draftLead(p, input, { park, ownerId, fit: await fitForPark(input, park, chain, now), now, ...opts });
  await transact([
    ...draft.writes,
    ...leadCounterItems(park.id, draft.counters),
    ...(opts.extraItems ?? []),
    parkStillThere(park.id),
  ]);
  await publish({ type: 'lead.created', leadId: draft.lead.id, parkId: park.id });
  return draft.lead;
}

/** The writes of a new lead, and its counter deltas (a batch import merges those per park). */
export function draftLead(
  p: Principal,
  input: CreateLead,
  ctx: { park: Park & { zoneId: string }; ownerId: string | null; fit: StoredFit; now: string; id?: string; roadshowId?: string },
): { lead: Lead; writes: TxItem[]; counters: Record<string, number> } {
  const { park, now } = ctx;
  const lead: Lead = {
    ...input,
    id: ctx.id ?? newId('lead'),
    zoneId: park.zoneId,
    parkPath: park.path,
    ownerId: ctx.ownerId,
    followUpDue: input.followUpDue ?? null,
    stage: 'new',
    furthestStage: 'new',
    stageBeforeHold: null,
    stageChangedAt: now,
    lastContactAt: null,
    fit: ctx.fit,
    ...(ctx.roadshowId ? { roadshowId: ctx.roadshowId } : {}),
    createdBy: p.userId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return {
    lead,
    writes: [
      {
        write: { Put: { Item: { ...keys.lead(lead.id), entity: 'lead', ...lead, ...leadIndexKeys(lead) }, ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new DomainError('resource.conflict', '线索 id 已存在', [], { id: lead.id }),
      },
      firmClaim(lead, park),
    ],
    counters: {
      [counterName.leadsInStage('new')]: 1,
      [counterName.leadsTotal]: 1,
      [counterName.reached('new')]: 1,
      ...segmentLeads(lead, 1),
    },
  };
}

export const parkStillThere = (parkId: string): TxItem => ({
  write: { ConditionCheck: { Key: keys.park(parkId), ConditionExpression: 'attribute_exists(pk)' } },
  onConditionFailed: () => invalid('parkId', '园区已被删除', 'not_found'),
});

/** One live lead per firm (credit code) per zone, enforced by a conditional put. */
function firmClaim(lead: Lead, park: Park): TxItem {
  return {
    write: {
      Put: {
        Item: { ...keys.firm(lead.zoneId, lead.creditCode), entity: 'firm', leadId: lead.id, parkId: park.id, parkName: park.name, firmName: lead.firmName },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    onConditionFailed: (existing) => new DomainError(
      'lead.duplicate_firm',
      `该企业已在「${String(existing?.['parkName'] ?? '本开发区')}」登记为线索，请与该园区协同跟进`,
      [{ field: 'creditCode', message: '同一开发区内该统一社会信用代码已有线索', code: 'duplicate' }],
      { existingLeadId: existing?.['leadId'], existingParkId: existing?.['parkId'], existingParkName: existing?.['parkName'] },
    ),
  };
}

/** A version-guarded update of a live lead inside a transaction. */
function leadUpdate(lead: Lead, set: Record<string, unknown>, remove: string[] = []): TxItem {
  return {
    write: {
      Update: {
        Key: keys.lead(lead.id),
        ...versionedUpdate({
          set, remove, version: lead.version,
          condition: 'attribute_not_exists(#deletedAt)', names: { '#deletedAt': 'deletedAt' },
        }),
      },
    },
    onConditionFailed: (old) => (!old || old['deletedAt'] !== undefined ? notFound(WHAT, lead.id) : versionMismatch(Number(old['version']))),
  };
}

export async function updateLead(p: Principal, id: string, raw: unknown, ifMatch: number): Promise<Lead> {
  const input = UpdateLead.parse(raw);
  const lead = await getLead(p, id, 'lead.write');
  if (lead.version !== ifMatch) throw versionMismatch(lead.version);
  const chain = await checkChainSegment(input.chainId ?? lead.chainId, input.segmentId === undefined ? lead.segmentId : input.segmentId);
  if (input.ownerId) await checkOwner(p, input.ownerId, { path: lead.parkPath });

  const now = clock.nowIso();
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    if (v === null && k === 'segmentId') remove.push(k);
    else set[k] = v;
  }
  const next = { ...lead, ...set, updatedAt: now, version: lead.version + 1 } as Lead;
  if (remove.includes('segmentId')) delete next.segmentId;
  // A change to what the fit rests on (chain, segment, space, land, tax) re-scores the lead.
  const refit = ['chainId', 'segmentId', 'spaceNeedM2', 'landNeedMu', 'expectedAnnualTax'].some((k) => k in input && input[k as keyof typeof input] !== undefined);
  if (refit) {
    next.fit = await fitForPark(next, (await loadPark(lead.parkId))!, chain, now);
    set['fit'] = next.fit;
  }
  const index = leadIndexKeys(next);
  if (index.gsi6pk) Object.assign(set, { gsi6pk: index.gsi6pk, gsi6sk: index.gsi6sk });
  // Moving chain or segment moves the lead's presence count.
  const moved = isActive(lead.stage) && (next.chainId !== lead.chainId || next.segmentId !== lead.segmentId);
  const presence = moved ? counterDelta(lead.parkId, { ...segmentLeads(lead, -1), ...segmentLeads(next, 1) }) : undefined;
  if (next.ownerId) Object.assign(set, { gsi4pk: index.gsi4pk, gsi4sk: index.gsi4sk });
  else remove.push('gsi4pk', 'gsi4sk');
  set['updatedAt'] = now;
  // The timeline is also the audit trail: who changed which fields, when.
  const fields = Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined);
  const audit: Activity = {
    id: newId('act'), leadId: id, kind: 'edit', occurredAt: now,
    summary: `修改了：${fields.join('、')}`, fields, createdBy: p.userId, createdAt: now,
  };
  await transact([leadUpdate(lead, set, remove), activityPut(audit), ...(presence ? [presence] : [])]);
  await publish({ type: 'lead.updated', leadId: id, parkId: lead.parkId, fields });
  return next;
}

export async function changeStage(p: Principal, id: string, raw: unknown, ifMatch?: number): Promise<Lead> {
  const input = ChangeStage.parse(raw);
  // Without If-Match, a concurrent change is re-read and the transition checked again.
  for (let attempt = 0; ; attempt++) {
    const lead = await getLead(p, id, 'lead.write');
    if (ifMatch !== undefined && lead.version !== ifMatch) throw versionMismatch(lead.version);
    const check = checkStageChange(lead.stage, lead.stageBeforeHold, input);
    if (!check.ok) {
      throw new DomainError('lead.stage_transition_invalid', check.message, [
        { field: check.field, message: check.message, code: check.field === 'to' ? 'transition_invalid' : 'required' },
      ], { from: lead.stage, to: input.to });
    }
    const now = clock.nowIso();
    const next: Lead = {
      ...lead,
      stage: input.to,
      stageBeforeHold: check.stageBeforeHold,
      stageChangedAt: now,
      updatedAt: now,
      version: lead.version + 1,
      ...(input.to === 'lost' ? { lostReason: input.reason } : {}),
    };
    const activity: Activity = {
      id: newId('act'), leadId: id, kind: 'stage_change', occurredAt: now,
      summary: `阶段：${stageLabels[lead.stage]} → ${stageLabels[input.to]}${input.reason ? `（${input.reason}）` : ''}`,
      from: lead.stage, to: input.to, ...(input.reason ? { reason: input.reason } : {}),
      createdBy: p.userId, createdAt: now,
    };
    // Funnel and roadshow results count the first time a lead reaches a stage; chain presence
    // counts active leads only.
    const reached = newlyReached(lead.furthestStage ?? lead.stage, next.stage);
    if (reached) next.furthestStage = reached;
    const activeDelta = isActive(next.stage) === isActive(lead.stage) ? 0 : isActive(next.stage) ? 1 : -1;
    try {
      await transact([
        leadUpdate(lead, {
          stage: next.stage, stageBeforeHold: next.stageBeforeHold, stageChangedAt: now, updatedAt: now,
          gsi3pk: keys.parkStage(lead.parkId, next.stage),
          ...(reached ? { furthestStage: reached } : {}),
          ...(input.to === 'lost' ? { lostReason: input.reason } : {}),
        }),
        ...leadCounterItems(lead.parkId, {
          [counterName.leadsInStage(lead.stage)]: -1,
          [counterName.leadsInStage(next.stage)]: 1,
          ...(reached ? { [counterName.reached(reached)]: 1 } : {}),
          ...segmentLeads(lead, activeDelta),
        }),
        ...(reached && lead.roadshowId ? [addDeltas(keys.roadshowResults(lead.roadshowId), { [counterName.reached(reached)]: 1 })!] : []),
        activityPut(activity),
      ]);
      await publish({ type: 'lead.stage_changed', leadId: id, parkId: lead.parkId, from: lead.stage, to: next.stage });
      return next;
    } catch (e) {
      const retry = ifMatch === undefined && e instanceof DomainError && e.code === 'resource.version_mismatch' && attempt < 5;
      if (!retry) throw e;
    }
  }
}

const activityPut = (a: Activity): TxItem => ({
  write: { Put: { Item: { ...keys.activity(a.leadId, a.id), entity: 'activity', ...a }, ConditionExpression: 'attribute_not_exists(pk)' } },
});

export async function recordActivity(p: Principal, id: string, raw: unknown): Promise<Activity> {
  const input = RecordActivity.parse(raw);
  const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : clock.nowIso();
  if (occurredAt > new Date(clock.now().getTime() + 3600_000).toISOString()) {
    throw invalid('occurredAt', '跟进时间不能晚于当前时间', 'in_future');
  }
  for (let attempt = 0; ; attempt++) {
    const lead = await getLead(p, id, 'lead.write');
    const now = clock.nowIso();
    const activity: Activity = {
      id: newId('act'), leadId: id, kind: input.kind, occurredAt, summary: input.summary,
      ...(input.participants ? { participants: input.participants } : {}),
      ...(input.nextFollowUpDue ? { nextFollowUpDue: input.nextFollowUpDue } : {}),
      createdBy: p.userId, createdAt: now,
    };
    const set: Record<string, unknown> = { updatedAt: now };
    const isContact = (contactKinds as readonly string[]).includes(input.kind);
    if (isContact && (lead.lastContactAt === null || occurredAt > lead.lastContactAt)) set['lastContactAt'] = occurredAt;
    if (input.nextFollowUpDue) {
      set['followUpDue'] = input.nextFollowUpDue;
      if (lead.ownerId) set['gsi4sk'] = `${input.nextFollowUpDue}#${lead.id}`;
    }
    try {
      await transact([leadUpdate(lead, set), activityPut(activity)]);
      await publish({ type: 'lead.activity_recorded', leadId: id, parkId: lead.parkId, kind: input.kind });
      return activity;
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'resource.version_mismatch' && attempt < 5)) throw e;
    }
  }
}

export async function listActivities(p: Principal, id: string, q: { cursor?: string | undefined; limit: number }): Promise<Page<Activity>> {
  await getLead(p, id);
  const page = await queryPage({ partition: keys.lead(id).pk, sortBeginsWith: 'ACT#', newestFirst: true, cursor: q.cursor, limit: q.limit });
  return { items: page.items.map((i) => fromItem(Activity, i)), nextCursor: page.nextCursor };
}

/** Soft delete: the lead leaves every list, its counters and its firm claim; history stays. */
export async function deleteLead(p: Principal, id: string, ifMatch: number): Promise<void> {
  const lead = await getLead(p, id, 'lead.write');
  if (lead.version !== ifMatch) throw versionMismatch(lead.version);
  if (lead.stage === 'signed') {
    throw new DomainError('resource.conflict', '已签约的线索不能删除（项目依赖它）', [{ field: 'stage', message: '线索已签约', code: 'signed' }]);
  }
  const now = clock.nowIso();
  await transact([
    leadUpdate(lead, { deletedAt: now, deletedBy: p.userId, updatedAt: now },
      ['gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'gsi5pk', 'gsi5sk', 'gsi6pk', 'gsi6sk']),
    {
      write: {
        Delete: {
          Key: keys.firm(lead.zoneId, lead.creditCode),
          ConditionExpression: 'leadId = :id',
          ExpressionAttributeValues: { ':id': lead.id },
        },
      },
    },
    ...leadCounterItems(lead.parkId, {
      [counterName.leadsInStage(lead.stage)]: -1,
      [counterName.leadsTotal]: -1,
      ...segmentLeads(lead, isActive(lead.stage) ? -1 : 0),
    }),
  ]);
  await publish({ type: 'lead.deleted', leadId: id, parkId: lead.parkId });
}

/**
 * List leads. The most selective filter picks the index (owner → byOwnerDue; park and stage →
 * byParkStatus; park → byPark; otherwise the zone → byCollection); the rest are filters.
 * The caller's scope always applies.
 */
export async function listLeads(p: Principal, raw: unknown): Promise<Page<Lead>> {
  const q = ListLeadsQuery.parse(raw);
  authorize(p, 'read');
  const nodeId = q.parkId ?? p.scopeParkId;
  let node: Park | undefined;
  if (nodeId) {
    node = await loadPark(nodeId);
    if (!node || !inScope(p, node.path)) throw invalid('parkId', '园区不存在或无权访问', 'not_found');
  }
  if (!q.ownerId && (!node || node.zoneId === null)) {
    throw invalid('parkId', '请指定开发区或园区（或跟进人）', 'required');
  }

  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const where = (attr: string, op: string, value: unknown, fn?: 'contains') => {
    const i = conditions.length;
    names[`#w${i}`] = attr;
    values[`:w${i}`] = value;
    conditions.push(fn ? `${fn}(#w${i}, :w${i})` : `#w${i} ${op} :w${i}`);
  };

  let spec: Omit<QuerySpec, 'filter' | 'cursor' | 'limit'>;
  if (q.sort === 'fit') {
    if (!node || node.level === 'zone' || node.level === 'city' || node.childCount > 0) {
      throw invalid('sort', '按匹配度排序须指定一个（无下级的）园区', 'park_required');
    }
    spec = { index: 'byParkFit', partition: keys.parkFit(node.id), newestFirst: true };
    if (q.stage) where('stage', '=', q.stage);
    if (q.ownerId) where('ownerId', '=', q.ownerId);
  } else if (q.ownerId) {
    spec = { index: 'byOwnerDue', partition: keys.ownerDue(q.ownerId), ...(q.followUpDueBefore ? { sortBefore: q.followUpDueBefore } : {}) };
    if (node) where('parkPath', '', node.id, 'contains');
    else if (p.scopeParkId) where('parkPath', '', p.scopeParkId, 'contains');
    if (q.stage) where('stage', '=', q.stage);
  } else if (node!.level === 'zone' || node!.level === 'city') {
    spec = { index: 'byCollection', partition: keys.zoneLeads(node!.zoneId!), newestFirst: true };
    if (q.stage) where('stage', '=', q.stage);
  } else if (q.stage) {
    spec = { index: 'byParkStatus', partition: keys.parkStage(node!.id, q.stage), newestFirst: true };
  } else {
    spec = { index: 'byPark', partition: keys.parkLeads(node!.id), newestFirst: true };
  }
  // A park with sub-parks includes their leads: read the zone partition, keep this subtree.
  if (q.sort !== 'fit' && !q.ownerId && node && node.level !== 'zone' && node.childCount > 0) {
    spec = { index: 'byCollection', partition: keys.zoneLeads(node.zoneId!), newestFirst: true };
    where('parkPath', '', node.id, 'contains');
    if (q.stage) where('stage', '=', q.stage);
  }
  if (q.chainId) where('chainId', '=', q.chainId);
  if (q.source) where('source', '=', q.source);
  if (q.followUpDueBefore && (!q.ownerId || q.sort === 'fit')) where('followUpDue', '<', q.followUpDueBefore);

  const page = await queryPage({
    ...spec,
    cursor: q.cursor,
    limit: q.limit,
    ...(conditions.length ? { filter: { expression: conditions.join(' AND '), names, values } } : {}),
  });
  return { items: page.items.map(toLead), nextCursor: page.nextCursor };
}

