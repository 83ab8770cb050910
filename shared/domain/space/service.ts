import type { Principal } from '../../auth/principal.ts';
import { clock, shanghaiDate } from '../../clock.ts';
import { getItem, queryPage, updateVersioned, type Page } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { addDeltas, counterDelta, transact, type TxItem } from '../../db/transact.ts';
import { versionedUpdate } from '../../db/versioned.ts';
import { DomainError, notFound, versionMismatch } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { counterName, periodDeltas, takeUpRate } from '../counters.ts';
import { getPark } from '../parks/service.ts';
import { canMoveUnit, unitStatuses, unitStatusLabels, type UnitStatus } from './rules.ts';
import { AddUnits, Building, ChangeUnitStatus, CreateBuilding, Unit, UpdateUnit } from './schema.ts';

const BUILDING = '楼栋';
const UNIT = '厂房单元';

type NewUnitInput = { name: string; floor?: number | undefined; areaM2: number; status: UnitStatus };

/** Area and count deltas for units entering (+1) or leaving (−1) a status. */
export function spaceDeltas(moves: Array<{ status: UnitStatus; areaM2: number; sign: 1 | -1 }>) {
  const park: Record<string, number> = {};
  const building: Record<string, number> = {};
  for (const { status, areaM2, sign } of moves) {
    for (const d of [park, building]) {
      d[counterName.unitsInStatus(status)] = (d[counterName.unitsInStatus(status)] ?? 0) + sign;
      d[counterName.m2InStatus(status)] = (d[counterName.m2InStatus(status)] ?? 0) + sign * areaM2;
    }
  }
  return { park, building };
}

function unitPuts(parkId: string, buildingId: string, units: NewUnitInput[], now: string, ids?: string[]) {
  return units.map((u, i): TxItem => {
    const unit: Unit = { id: ids?.[i] ?? newId('unit'), parkId, buildingId, ...u, version: 1, createdAt: now, updatedAt: now };
    return {
      write: { Put: { Item: { ...keys.unit(parkId, buildingId, unit.id), entity: 'unit', ...unit }, ConditionExpression: 'attribute_not_exists(pk)' } },
      onConditionFailed: () => new DomainError('resource.conflict', '单元 id 已存在', [], { id: unit.id }),
    };
  });
}

/** A building item carries its own per-status counters; the API shows them grouped. */
const toBuilding = (item: Record<string, unknown>): Building => {
  const areaM2: Record<string, number> = {};
  let units = 0;
  for (const s of unitStatuses) {
    areaM2[s] = Number(item[counterName.m2InStatus(s)] ?? 0);
    units += Number(item[counterName.unitsInStatus(s)] ?? 0);
  }
  const marketable = (areaM2['available'] ?? 0) + (areaM2['reserved'] ?? 0) + (areaM2['signed'] ?? 0) + (areaM2['occupied'] ?? 0);
  const rate = takeUpRate((areaM2['signed'] ?? 0) + (areaM2['occupied'] ?? 0), marketable);
  return fromItem(Building, { ...item, units, areaM2, takeUpRate: rate });
};

/** Create a building and its units (bulk) with the park's counters, in one transaction. */
export async function createBuilding(p: Principal, parkId: string, raw: unknown, opts: { id?: string; unitIds?: string[] } = {}): Promise<{ building: Building; units: Unit[] }> {
  const input = CreateBuilding.parse(raw);
  await getPark(p, parkId, 'space.write');
  const id = opts.id ?? newId('bldg');
  const now = clock.nowIso();
  const deltas = spaceDeltas(input.units.map((u) => ({ status: u.status, areaM2: u.areaM2, sign: 1 })));
  const building = { id, parkId, name: input.name, floors: input.floors, version: 1, createdAt: now, updatedAt: now };
  const puts = unitPuts(parkId, id, input.units, now, opts.unitIds);
  await transact([
    {
      write: {
        Put: {
          Item: { ...keys.building(parkId, id), entity: 'building', ...building, ...deltas.building },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new DomainError('resource.conflict', '楼栋 id 已存在', [], { id }),
    },
    ...puts,
    counterDelta(parkId, { ...deltas.park, [counterName.buildings]: 1 })!,
    ...periodDeltas(parkId, shanghaiDate(new Date(now)), { week: deltas.park }),
    parkExists(parkId),
  ].filter(Boolean));
  return {
    building: toBuilding({ ...building, ...deltas.building }),
    units: puts.map((t) => fromItem(Unit, t.write.Put!.Item as Record<string, unknown>)),
  };
}

/** The park's space counters and this week's deltas (the take-up history), for one transaction. */
export const parkSpaceItems = (parkId: string, deltas: Record<string, number>, now: string): TxItem[] => [
  counterDelta(parkId, deltas)!,
  ...periodDeltas(parkId, shanghaiDate(new Date(now)), { week: deltas }),
];

const parkExists = (parkId: string): TxItem => ({
  write: { ConditionCheck: { Key: keys.park(parkId), ConditionExpression: 'attribute_exists(pk)' } },
  onConditionFailed: () => notFound('园区', parkId),
});

export async function addUnits(p: Principal, parkId: string, buildingId: string, raw: unknown): Promise<Unit[]> {
  const input = AddUnits.parse(raw);
  await getBuilding(p, parkId, buildingId, 'space.write');
  const now = clock.nowIso();
  const deltas = spaceDeltas(input.units.map((u) => ({ status: u.status, areaM2: u.areaM2, sign: 1 })));
  const puts = unitPuts(parkId, buildingId, input.units, now);
  await transact([
    ...puts,
    addDeltas(keys.building(parkId, buildingId), deltas.building, {}, 'attribute_exists(pk)')!,
    ...parkSpaceItems(parkId, deltas.park, now),
  ]);
  return puts.map((t) => fromItem(Unit, t.write.Put!.Item as Record<string, unknown>));
}

export async function getBuilding(p: Principal, parkId: string, buildingId: string, action: 'read' | 'space.write' = 'read'): Promise<Building> {
  await getPark(p, parkId, action);
  const item = await getItem(keys.building(parkId, buildingId));
  if (!item) throw notFound(BUILDING, buildingId);
  return toBuilding(item);
}

export async function listBuildings(p: Principal, parkId: string, q: { cursor?: string | undefined; limit: number }): Promise<Page<Building>> {
  await getPark(p, parkId);
  const page = await queryPage({ partition: keys.park(parkId).pk, sortBeginsWith: 'BLDG#', cursor: q.cursor, limit: q.limit });
  return { items: page.items.map(toBuilding), nextCursor: page.nextCursor };
}

export async function listUnits(
  p: Principal, parkId: string, buildingId: string,
  q: { status?: UnitStatus | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<Unit>> {
  await getBuilding(p, parkId, buildingId);
  const page = await queryPage({
    partition: keys.park(parkId).pk,
    sortBeginsWith: `UNIT#${buildingId}#`,
    cursor: q.cursor,
    limit: q.limit,
    ...(q.status ? { filter: { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': q.status } } } : {}),
  });
  return { items: page.items.map((i) => fromItem(Unit, i)), nextCursor: page.nextCursor };
}

async function loadUnit(p: Principal, parkId: string, buildingId: string, unitId: string, action: 'read' | 'space.write') {
  await getPark(p, parkId, action);
  const item = await getItem(keys.unit(parkId, buildingId, unitId), true);
  if (!item) throw notFound(UNIT, unitId);
  return fromItem(Unit, item);
}

export const getUnit = (p: Principal, parkId: string, buildingId: string, unitId: string) =>
  loadUnit(p, parkId, buildingId, unitId, 'read');

/** Guarded write of a unit: its version (and status) must be what we read. */
function unitUpdate(unit: Unit, set: Record<string, unknown>, now: string): TxItem {
  return {
    write: {
      Update: {
        Key: keys.unit(unit.parkId, unit.buildingId, unit.id),
        ...versionedUpdate({
          set: { ...set, updatedAt: now },
          version: unit.version,
          condition: '#status = :from',
          names: { '#status': 'status' },
          values: { ':from': unit.status },
        }),
      },
    },
    onConditionFailed: (old) => versionMismatch(old ? Number(old['version']) : undefined),
  };
}

/** Move a unit to another status (allowed moves only); park and building counters move with it. */
export async function changeUnitStatus(
  p: Principal, parkId: string, buildingId: string, unitId: string, raw: unknown, ifMatch?: number,
): Promise<Unit> {
  const input = ChangeUnitStatus.parse(raw);
  const unit = await loadUnit(p, parkId, buildingId, unitId, 'space.write');
  if (ifMatch !== undefined && ifMatch !== unit.version) throw versionMismatch(unit.version);
  if (!canMoveUnit(unit.status, input.to)) {
    throw new DomainError('space.unit_transition_invalid', `单元不能从「${unitStatusLabels[unit.status]}」变更为「${unitStatusLabels[input.to]}」`, [
      { field: 'to', message: `不允许的状态变更：${unit.status} → ${input.to}`, code: 'transition_invalid' },
    ]);
  }
  const now = clock.nowIso();
  const deltas = spaceDeltas([
    { status: unit.status, areaM2: unit.areaM2, sign: -1 },
    { status: input.to, areaM2: unit.areaM2, sign: 1 },
  ]);
  await transact([
    unitUpdate(unit, { status: input.to, ...(input.note ? { statusNote: input.note } : {}) }, now),
    addDeltas(keys.building(parkId, buildingId), deltas.building)!,
    ...parkSpaceItems(parkId, deltas.park, now),
  ]);
  return { ...unit, status: input.to, version: unit.version + 1, updatedAt: now };
}

/** Rename or re-measure a unit; a new area moves the counters of its current status. */
export async function updateUnit(
  p: Principal, parkId: string, buildingId: string, unitId: string, raw: unknown, ifMatch: number,
): Promise<Unit> {
  const input = UpdateUnit.parse(raw);
  const unit = await loadUnit(p, parkId, buildingId, unitId, 'space.write');
  if (ifMatch !== unit.version) throw versionMismatch(unit.version);
  const now = clock.nowIso();
  const change = input.areaM2 === undefined ? 0 : input.areaM2 - unit.areaM2;
  const area = { [counterName.m2InStatus(unit.status)]: change };
  const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (change === 0) {
    const item = await updateVersioned({ key: keys.unit(parkId, buildingId, unitId), set, ifMatch, now, onMissing: () => notFound(UNIT, unitId) });
    return fromItem(Unit, item);
  }
  await transact([
    unitUpdate(unit, set, now),
    addDeltas(keys.building(parkId, buildingId), area)!,
    ...parkSpaceItems(parkId, area, now),
  ]);
  return { ...unit, ...set, version: unit.version + 1, updatedAt: now };
}

