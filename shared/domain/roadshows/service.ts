import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { authorize, type Principal } from '../../auth/principal.ts';
import { addDays, clock } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { batchGet, getItem, keyOf, queryPage, type Page, type QuerySpec } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { addDeltas, transact, type TxItem } from '../../db/transact.ts';
import { versionedUpdate } from '../../db/versioned.ts';
import { env } from '../../config/env.ts';
import { DomainError, invalid, notFound, versionMismatch } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { requireChains } from '../chains/service.ts';
import { counterName } from '../counters.ts';
import { createLead } from '../leads/service.ts';
import type { Activity } from '../leads/schema.ts';
import { getPark, listNode, loadPark, subtree } from '../parks/service.ts';
import type { Park } from '../parks/schema.ts';
import { issueCheckInToken } from './check-in.ts';
import {
  Attendee, ChangeRoadshowStatus, CreateRoadshow, ListRoadshowsQuery, RegisterAttendee, Roadshow,
  roadshowTransitions, UpdateRoadshow, type RoadshowResults,
} from './schema.ts';

const WHAT = '场景招商活动';

const roadshowIndexKeys = (r: Pick<Roadshow, 'id' | 'zoneId' | 'parkId' | 'date'>) => ({
  gsi1pk: keys.zoneRoadshows(r.zoneId), gsi1sk: `${r.date}#${r.id}`,
  gsi2pk: keys.parkRoadshows(r.parkId), gsi2sk: `${r.date}#${r.id}`,
});

export async function getRoadshow(p: Principal, id: string, action: 'read' | 'lead.write' = 'read'): Promise<Roadshow> {
  const item = await getItem(keys.roadshow(id), true);
  if (!item) throw notFound(WHAT, id);
  const roadshow = fromItem(Roadshow, item);
  authorize(p, action, { what: WHAT, id, path: roadshow.parkPath });
  return roadshow;
}

/** Showcased units must exist in the roadshow's park (or its sub-parks). */
async function checkUnits(park: Park, units: Roadshow['showcasedUnits']) {
  if (units.length === 0) return;
  const found = await batchGet(units.map((u) => keys.unit(u.parkId ?? park.id, u.buildingId, u.unitId)));
  units.forEach((u, i) => {
    const item = found.get(keyOf(keys.unit(u.parkId ?? park.id, u.buildingId, u.unitId)));
    if (!item || !(item['parkId'] === park.id || (u.parkId !== undefined && u.parkId !== park.id))) {
      throw invalid(`showcasedUnits.${i}.unitId`, '单元不存在或不在该园区', 'not_found');
    }
  });
}

/** Plan a roadshow (场景招商) at a park; its results start at zero. */
export async function createRoadshow(p: Principal, raw: unknown): Promise<Roadshow> {
  const input = CreateRoadshow.parse(raw);
  let park: Park;
  try {
    park = await getPark(p, input.parkId, 'lead.write');
  } catch (e) {
    if (e instanceof DomainError && e.code === 'resource.not_found') throw invalid('parkId', '园区不存在或无权访问', 'not_found');
    throw e;
  }
  if (park.zoneId === null) throw invalid('parkId', '请选择开发区或其下园区', 'level_invalid');
  await requireChains([input.themeChainId], 'themeChainId');
  await checkUnits(park, input.showcasedUnits);
  const now = clock.nowIso();
  const roadshow: Roadshow = {
    id: newId('rs'),
    ...input, zoneId: park.zoneId, parkPath: park.path, status: 'planned',
    createdBy: p.userId, version: 1, createdAt: now, updatedAt: now,
  };
  await transact([
    { write: { Put: { Item: { ...keys.roadshow(roadshow.id), entity: 'roadshow', ...roadshow, ...roadshowIndexKeys(roadshow) }, ConditionExpression: 'attribute_not_exists(pk)' } } },
    { write: { Put: { Item: { ...keys.roadshowResults(roadshow.id), entity: 'roadshow_results', roadshowId: roadshow.id, parkId: park.id } } } },
  ]);
  return roadshow;
}

export async function updateRoadshow(p: Principal, id: string, raw: unknown, ifMatch: number): Promise<Roadshow> {
  const input = UpdateRoadshow.parse(raw);
  const roadshow = await getRoadshow(p, id, 'lead.write');
  if (roadshow.version !== ifMatch) throw versionMismatch(roadshow.version);
  if (input.themeChainId) await requireChains([input.themeChainId], 'themeChainId');
  if (input.showcasedUnits) await checkUnits((await loadPark(roadshow.parkId))!, input.showcasedUnits);
  const now = clock.nowIso();
  const next = { ...roadshow, ...input, version: roadshow.version + 1, updatedAt: now } as Roadshow;
  await transact([{
    write: { Update: { Key: keys.roadshow(id), ...versionedUpdate({ set: { ...input, ...roadshowIndexKeys(next), updatedAt: now }, version: roadshow.version }) } },
    onConditionFailed: (old) => versionMismatch(old ? Number(old['version']) : undefined),
  }]);
  return next;
}

export async function changeRoadshowStatus(p: Principal, id: string, raw: unknown, ifMatch?: number): Promise<Roadshow> {
  const input = ChangeRoadshowStatus.parse(raw);
  const roadshow = await getRoadshow(p, id, 'lead.write');
  if (ifMatch !== undefined && ifMatch !== roadshow.version) throw versionMismatch(roadshow.version);
  if (!roadshowTransitions[roadshow.status].includes(input.to)) {
    throw new DomainError('resource.conflict', `活动不能从 ${roadshow.status} 变更为 ${input.to}`, [
      { field: 'to', message: '不允许的状态变更', code: 'transition_invalid' },
    ]);
  }
  const now = clock.nowIso();
  await transact([{
    write: { Update: { Key: keys.roadshow(id), ...versionedUpdate({ set: { status: input.to, updatedAt: now }, version: roadshow.version }) } },
    onConditionFailed: (old) => versionMismatch(old ? Number(old['version']) : undefined),
  }]);
  return { ...roadshow, status: input.to, version: roadshow.version + 1, updatedAt: now };
}

/** Roadshows of a zone or park, by date (oldest first), optionally within [from, to]. */
export async function listRoadshows(p: Principal, raw: unknown): Promise<Page<Roadshow>> {
  const q = ListRoadshowsQuery.parse(raw);
  authorize(p, 'read');
  const node = await listNode(p, q.parkId);
  const wholeZone = node.level === 'zone' || node.childCount > 0;
  const range: [string, string] = [q.from ?? '0000', `${q.to ?? '9999-12-31'}~`];
  const spec: Omit<QuerySpec, 'cursor' | 'limit'> = wholeZone
    ? { index: 'byCollection', partition: keys.zoneRoadshows(node.zoneId!), sortBetween: range,
      ...(node.level === 'zone' ? {} : { filter: { expression: 'contains(#path, :node)', names: { '#path': 'parkPath' }, values: { ':node': node.id } } }) }
    : { index: 'byPark', partition: keys.parkRoadshows(node.id), sortBetween: range };
  const page = await queryPage({ ...spec, cursor: q.cursor, limit: q.limit });
  return { items: page.items.map((i) => fromItem(Roadshow, i)), nextCursor: page.nextCursor };
}

export const toResults = (roadshowId: string, item: Record<string, unknown> | undefined): RoadshowResults => {
  const n = (k: string) => Number(item?.[k] ?? 0);
  return {
    roadshowId,
    attendees: n('attendees'),
    onSiteIntents: n('on_site_intents'),
    leadsCreated: n('leads_created'),
    reachedVisit: n(counterName.reached('visited')),
    reachedNegotiation: n(counterName.reached('negotiating')),
    signed: n(counterName.reached('signed')),
    signedM2: n('signed_m2'),
    signedInvestment: n('signed_investment'),
  };
};

/** A page of roadshows with their results: one Query and one BatchGetItem. */
export async function listRoadshowResults(p: Principal, raw: unknown): Promise<Page<Roadshow & RoadshowResults>> {
  const page = await listRoadshows(p, raw);
  const results = await batchGet(page.items.map((r) => keys.roadshowResults(r.id)));
  return {
    items: page.items.map((r) => ({ ...r, ...toResults(r.id, results.get(keyOf(keys.roadshowResults(r.id)))) })),
    nextCursor: page.nextCursor,
  };
}

export async function roadshowResults(p: Principal, id: string): Promise<RoadshowResults & { roadshow: Roadshow }> {
  const roadshow = await getRoadshow(p, id);
  return { roadshow, ...toResults(id, await getItem(keys.roadshowResults(id), true)) };
}

/**
 * Register an attendee: a firm new to the zone becomes a lead (source 场景招商) attributed to this
 * roadshow, in the same transaction as the attendee row and the results; a firm already being
 * chased keeps its lead (and its attribution) and gets the visit on its timeline. Registering the
 * same firm twice for one roadshow changes nothing the second time.
 */
export async function registerAttendee(p: Principal, roadshowId: string, raw: unknown, via: Attendee['via']): Promise<Attendee> {
  const input = RegisterAttendee.parse(raw);
  const roadshow = await getRoadshow(p, roadshowId, 'lead.write');
  if (roadshow.status === 'closed') throw new DomainError('resource.conflict', '活动已结束，不能再登记');
  for (let attempt = 0; ; attempt++) {
    const already = await getItem(keys.roadshowAttendee(roadshowId, input.creditCode), true);
    if (already) return fromItem(Attendee, already);
    const now = clock.nowIso();
    const results = (created: boolean) => addDeltas(keys.roadshowResults(roadshowId), {
      attendees: 1, on_site_intents: input.onSiteIntent ? 1 : 0, leads_created: created ? 1 : 0,
    })!;
    const attendeePut = (leadId: string, created: boolean): TxItem => {
      const attendee: Attendee = {
        roadshowId, creditCode: input.creditCode, firmName: input.firmName, contact: input.contact,
        leadId, leadCreated: created, onSiteIntent: input.onSiteIntent, via, registeredAt: now,
      };
      return {
        write: { Put: { Item: { ...keys.roadshowAttendee(roadshowId, input.creditCode), entity: 'attendee', ...attendee }, ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new DomainError('resource.conflict', 'attendee registered meanwhile'),
      };
    };
    try {
      const claim = await getItem(keys.firm(roadshow.zoneId, input.creditCode), true);
      if (!claim) {
        const leadId = newId('lead');
        await createLead(p, {
          parkId: roadshow.parkId, creditCode: input.creditCode, firmName: input.firmName,
          chainId: roadshow.themeChainId, ...(input.segmentId ? { segmentId: input.segmentId } : {}),
          source: 'roadshow', contact: input.contact,
          // A firm that checks in by itself has no owner yet: it waits in the park's pool.
          ...(via === 'check_in' ? { ownerId: null } : {}),
          ...(input.spaceNeedM2 ? { spaceNeedM2: input.spaceNeedM2 } : {}),
          notes: [`来自「${roadshow.title}」（${roadshow.date}）`, input.onSiteIntent ? '现场表达投资意向' : '', input.notes ?? ''].filter(Boolean).join('；'),
        }, { id: leadId, roadshowId, extraItems: [attendeePut(leadId, true), results(true)] });
        return fromItem(Attendee, (await getItem(keys.roadshowAttendee(roadshowId, input.creditCode), true))!);
      }
      const leadId = String(claim['leadId']);
      const visit: Activity = {
        id: newId('act'), leadId, kind: 'meeting', occurredAt: now,
        summary: `参加场景招商活动「${roadshow.title}」${input.onSiteIntent ? '，现场表达投资意向' : ''}`,
        createdBy: p.userId, createdAt: now,
      };
      await transact([
        attendeePut(leadId, false),
        results(false),
        { write: { Put: { Item: { ...keys.activity(leadId, visit.id), entity: 'activity', ...visit } } } },
      ]);
      return fromItem(Attendee, (await getItem(keys.roadshowAttendee(roadshowId, input.creditCode), true))!);
    } catch (e) {
      // Two registrations of one firm at once: the loser finds the winner's rows and returns them.
      const raced = e instanceof DomainError && (e.code === 'lead.duplicate_firm' || e.code === 'resource.conflict');
      if (!raced || attempt >= 2) throw e;
    }
  }
}

/** Register many attendees (an imported list): each row is validated and registered on its own. */
export async function importAttendees(p: Principal, roadshowId: string, rows: unknown[]) {
  await getRoadshow(p, roadshowId, 'lead.write');
  type Row = { row: number; ok: true; attendee: Attendee } | { row: number; ok: false; code: string; detail: string; errors: Array<{ field: string; message: string }> };
  const results: Row[] = [];
  for (const [row, raw] of rows.entries()) {
    const parsed = RegisterAttendee.safeParse(raw);
    if (!parsed.success) {
      results.push({ row, ok: false, code: 'request.invalid', detail: '该行数据有误', errors: parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(row)', message: i.message })) });
      continue;
    }
    try {
      results.push({ row, ok: true, attendee: await registerAttendee(p, roadshowId, parsed.data, 'import') });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      results.push({ row, ok: false, code: e.code, detail: e.detail, errors: e.errors });
    }
  }
  return { created: results.filter((r) => r.ok && r.attendee.leadCreated).length, results };
}

export async function listAttendees(p: Principal, roadshowId: string, q: { cursor?: string | undefined; limit: number }): Promise<Page<Attendee>> {
  await getRoadshow(p, roadshowId);
  const page = await queryPage({ partition: keys.roadshow(roadshowId).pk, sortBeginsWith: 'ATTENDEE#', cursor: q.cursor, limit: q.limit });
  return { items: page.items.map((i) => fromItem(Attendee, i)), nextCursor: page.nextCursor };
}

/** A check-in link for the roadshow's QR code: valid until the day after the event (Shanghai). */
export async function checkInLink(p: Principal, roadshowId: string, validHours?: number) {
  const roadshow = await getRoadshow(p, roadshowId, 'lead.write');
  const endOfNextDay = new Date(`${addDays(roadshow.date, 1)}T23:59:59+08:00`);
  const expiresAt = validHours ? new Date(clock.now().getTime() + validHours * 3600_000) : endOfNextDay;
  if (expiresAt <= clock.now()) throw new DomainError('resource.conflict', '活动已过期，无法生成签到链接', [{ field: 'validHours', message: '请指定有效小时数', code: 'expired' }]);
  const token = await issueCheckInToken(roadshowId, expiresAt);
  return { url: `${env.PUBLIC_BASE_URL ?? ''}/check-in?t=${token}`, token, expiresAt: expiresAt.toISOString() };
}

/** The principal a public check-in acts as: an officer of the roadshow's park, owning nothing. */
export async function checkInPrincipal(roadshowId: string): Promise<Principal> {
  const item = await getItem(keys.roadshow(roadshowId));
  if (!item) throw new DomainError('auth.unauthenticated', '签到链接无效');
  return { userId: `check-in:${roadshowId}`, email: '', name: '现场签到', role: 'officer', scopeParkId: String(item['parkId']) };
}

/** At most `limit` check-ins per minute from one address for one roadshow (one conditional ADD). */
export async function rateLimit(scope: string, limit: number): Promise<void> {
  const now = clock.now();
  const minute = now.toISOString().slice(0, 16);
  try {
    await ddb.send(new UpdateCommand({
      TableName: tableName,
      Key: keys.rateLimit(scope, minute),
      UpdateExpression: 'ADD #n :one SET expiresAt = :ttl',
      ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
      ExpressionAttributeNames: { '#n': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': Math.floor(now.getTime() / 1000) + 180 },
    }));
  } catch (e) {
    if ((e as Error).name === 'ConditionalCheckFailedException') {
      throw new DomainError('request.rate_limited', '提交过于频繁，请稍后再试');
    }
    throw e;
  }
}

/**
 * 每月一场一园区: for each park of a zone (or the park itself), the roadshows held and planned in
 * a month, and which parks have none. O(parks + that month's roadshows).
 */
export async function cadence(p: Principal, parkId: string | undefined, month: string) {
  if (!/^20\d\d-(0[1-9]|1[0-2])$/.test(month)) throw invalid('month', '月份应为 YYYY-MM', 'invalid');
  const node = await listNode(p, parkId);
  const zone = (await loadPark(node.zoneId!))!;
  const parks = (await subtree(node)).filter((n) => n.level === 'park');
  const roadshows: Roadshow[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage({ index: 'byCollection', partition: keys.zoneRoadshows(zone.id), sortBetween: [`${month}-01`, `${month}-31~`], cursor, limit: 100 });
    roadshows.push(...page.items.map((i) => fromItem(Roadshow, i)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const rows = parks.map((park) => {
    const mine = roadshows.filter((r) => r.parkPath.includes(park.id));
    return {
      parkId: park.id, parkName: park.name,
      held: mine.filter((r) => r.status !== 'planned').length,
      planned: mine.filter((r) => r.status === 'planned').length,
      roadshows: mine.map((r) => ({ id: r.id, date: r.date, title: r.title, status: r.status })),
    };
  });
  return { month, parks: rows, parksWithNone: rows.filter((r) => r.held + r.planned === 0).map((r) => ({ parkId: r.parkId, parkName: r.parkName })) };
}

