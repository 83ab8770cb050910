import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { authorize, type Principal } from '../../auth/principal.ts';
import { clock, shanghaiDate } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { batchGet, getItem, keyOf, queryPage, type Page, type QuerySpec } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';
import { addDeltas, mergeDeltas, sumByPark, transact, type TxItem } from '../../db/transact.ts';
import { versionedUpdate } from '../../db/versioned.ts';
import { DomainError, invalid, notFound, versionMismatch } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { publish } from '../../events.ts';
import { counterName, funnelPart, monthCounter, periodDeltas } from '../counters.ts';
import { getLead } from '../leads/service.ts';
import { stageLabels } from '../leads/rules.ts';
import type { Activity, Lead } from '../leads/schema.ts';
import { listNode, loadPark } from '../parks/service.ts';
import type { Park } from '../parks/schema.ts';
import { spaceDeltas } from '../space/service.ts';
import type { Unit } from '../space/schema.ts';
import {
  CapitalIncrease, ListProjectsQuery, Project, RecordMilestone, Report, ReportPeriod, SignProject, SubmitReport,
} from './schema.ts';
import {
  lateLists, milestoneLabels, milestones, milestoneStatus, monthsOf, nextMilestone, performance,
  type Milestone, type MilestoneDates,
} from './rules.ts';

const WHAT = '项目';

type StoredProject = Omit<Project, 'nextMilestone'>;

/** Index attributes: zone and park lists, and the "waiting for milestone X since date D" lists (三未). */
function projectIndexKeys(p: Pick<Project, 'id' | 'zoneId' | 'parkId' | 'milestones'>) {
  const next = nextMilestone(p.milestones);
  const waiting = next ? `${p.milestones[next].committed}#${p.id}` : undefined;
  return {
    set: {
      gsi1pk: keys.zoneProjects(p.zoneId), gsi1sk: p.id,
      gsi2pk: keys.parkProjects(p.parkId), gsi2sk: p.id,
      ...(next ? {
        gsi3pk: keys.parkNextMilestone(p.parkId, next), gsi3sk: waiting,
        gsi5pk: keys.zoneNextMilestone(p.zoneId, next), gsi5sk: waiting,
      } : {}),
    },
    remove: next ? [] : ['gsi3pk', 'gsi3sk', 'gsi5pk', 'gsi5sk'],
  };
}

/** A project as the API shows it: milestone statuses are computed for today. */
function toProject(item: Record<string, unknown>, today = shanghaiDate()): Project {
  const stored = fromItem(Project, item);
  const ms = Object.fromEntries(milestones.map((m) => {
    const d = stored.milestones[m];
    return [m, { ...d, status: milestoneStatus(d, today) }];
  })) as Project['milestones'];
  return { ...stored, milestones: ms, nextMilestone: nextMilestone(stored.milestones) };
}

export async function getProject(p: Principal, id: string, action: 'read' | 'lead.write' = 'read'): Promise<Project> {
  const item = await getItem(keys.project(id), true);
  if (!item) throw notFound(WHAT, id);
  const project = toProject(item);
  authorize(p, action, { what: WHAT, id, path: project.parkPath });
  return project;
}

type LoadedUnit = Unit & { index: number };

/** The units named in a signing: they must exist, lie in the lead's park subtree, and be available. */
async function unitsForSigning(lead: Lead, refs: SignProject['units']): Promise<LoadedUnit[]> {
  if (refs.length === 0) return [];
  const withPark = refs.map((r) => ({ ...r, parkId: r.parkId ?? lead.parkId }));
  const out = await ddb.send(new BatchGetCommand({
    RequestItems: { [tableName]: { Keys: withPark.map((r) => keys.unit(r.parkId, r.buildingId, r.unitId)), ConsistentRead: true } },
  }));
  const found = new Map((out.Responses?.[tableName] ?? []).map((i) => [String(i['id']), i as unknown as Unit]));
  const parks = new Map<string, Park | undefined>();
  const units: LoadedUnit[] = [];
  for (const [index, ref] of withPark.entries()) {
    const unit = found.get(ref.unitId);
    if (!parks.has(ref.parkId)) parks.set(ref.parkId, await loadPark(ref.parkId));
    const park = parks.get(ref.parkId);
    if (!unit || unit.buildingId !== ref.buildingId || !park || !park.path.includes(lead.parkId)) {
      throw invalid(`units.${index}.unitId`, '单元不存在，或不在该线索所在园区', 'not_found');
    }
    if (unit.status !== 'available') throw unitUnavailable(index, unit.status);
    units.push({ ...unit, index });
  }
  return units;
}

const unitUnavailable = (index: number, status?: string) => new DomainError(
  'space.unit_unavailable',
  '所选厂房单元已不可招商（已预留、签约、入驻或退出），签约未执行',
  [{ field: `units.${index}.unitId`, message: `单元当前状态为 ${status ?? '已变更'}，不可签约`, code: 'unavailable' }],
);

type MovingUnit = { parkId: string; buildingId: string; id: string; areaM2: number; version: number; index?: number };

/**
 * Units moving from one status to another in one transaction: each unit guarded by its status,
 * and the deltas summed per building and per park (a transaction may touch each item once),
 * with the parks' counters and this week's take-up deltas.
 */
function moveUnits(
  units: MovingUnit[], from: 'available' | 'signed', to: 'signed' | 'occupied', set: Record<string, unknown>, now: string,
  /** Other counter deltas of this transaction (merged: each park's counter item is written once). */
  otherParkDeltas: Array<[string, Record<string, number>]> = [],
): TxItem[] {
  const writes: TxItem[] = units.map((u) => ({
    write: {
      Update: {
        Key: keys.unit(u.parkId, u.buildingId, u.id),
        ...versionedUpdate({
          set: { ...set, status: to, updatedAt: now },
          version: u.version,
          condition: '#status = :from',
          names: { '#status': 'status' },
          values: { ':from': from },
        }),
      },
    },
    onConditionFailed: (old) => unitUnavailable(u.index ?? 0, old ? String(old['status']) : undefined),
  }));
  const byBuilding = new Map<string, { parkId: string; deltas: Record<string, number> }>();
  const byPark: Array<[string, Record<string, number>]> = [];
  for (const u of units) {
    const d = spaceDeltas([{ status: from, areaM2: u.areaM2, sign: -1 }, { status: to, areaM2: u.areaM2, sign: 1 }]);
    const b = byBuilding.get(u.buildingId) ?? { parkId: u.parkId, deltas: {} };
    for (const [k, v] of Object.entries(d.building)) b.deltas[k] = (b.deltas[k] ?? 0) + v;
    byBuilding.set(u.buildingId, b);
    byPark.push([u.parkId, d.park]);
  }
  const today = shanghaiDate(new Date(now));
  return [
    ...writes,
    ...[...byBuilding].map(([id, b]) => addDeltas(keys.building(b.parkId, id), b.deltas)!),
    ...mergeDeltas(...byPark, ...otherParkDeltas),
    // This week's space moves (take-up trend) and lead moves (funnel change), one item per park.
    ...sumByPark([...byPark, ...otherParkDeltas.map(([p, d]): [string, Record<string, number>] => [p, funnelPart(d)])])
      .flatMap(([parkId, d]) => periodDeltas(parkId, today, { week: d })),
  ];
}

function stageActivity(p: Principal, lead: Lead, now: string, summary: string): TxItem {
  const a: Activity = {
    id: newId('act'), leadId: lead.id, kind: 'stage_change', occurredAt: now,
    summary: `阶段：${stageLabels[lead.stage]} → ${stageLabels.signed}（${summary}）`,
    from: lead.stage, to: 'signed', createdBy: p.userId, createdAt: now,
  };
  return { write: { Put: { Item: { ...keys.activity(lead.id, a.id), entity: 'activity', ...a }, ConditionExpression: 'attribute_not_exists(pk)' } } };
}

function leadSigned(lead: Lead, projectId: string, now: string): TxItem {
  return {
    write: {
      Update: {
        Key: keys.lead(lead.id),
        ...versionedUpdate({
          set: { stage: 'signed', furthestStage: 'signed', projectId, stageChangedAt: now, updatedAt: now, gsi3pk: keys.parkStage(lead.parkId, 'signed') },
          version: lead.version,
          condition: '#stage = :negotiating AND attribute_not_exists(deletedAt)',
          names: { '#stage': 'stage' },
          values: { ':negotiating': 'negotiating' },
        }),
      },
    },
    onConditionFailed: (old) => (old ? versionMismatch(Number(old['version'])) : notFound('线索', lead.id)),
  };
}

export type Signing = { project: Project; countedAs: 'new_project' | 'capital_increase' };

/**
 * 签约: one TransactWriteItems moves the lead to signed, creates the project (or, for a firm that
 * already has one in this zone, adds to it as a capital increase), takes the units, and moves
 * every counter. If any unit stopped being available, or the lead moved, nothing is written.
 */
export async function signLead(p: Principal, leadId: string, raw: unknown, ifMatch?: number, opts: { projectId?: string } = {}): Promise<Signing> {
  const input = SignProject.parse(raw);
  const lead = await getLead(p, leadId, 'lead.write');
  if (ifMatch !== undefined && ifMatch !== lead.version) throw versionMismatch(lead.version);
  if (lead.stage !== 'negotiating') {
    throw new DomainError('lead.stage_transition_invalid', `只有「商务洽谈」阶段的线索可以签约，该线索处于「${stageLabels[lead.stage]}」`, [
      { field: 'stage', message: '线索须处于商务洽谈阶段', code: 'transition_invalid' },
    ], { from: lead.stage, to: 'signed' });
  }
  if (input.signedAt > shanghaiDate()) throw invalid('signedAt', '签约日期不能晚于今天', 'in_future');
  const units = await unitsForSigning(lead, input.units);
  const existing = await getItem(keys.firmProject(lead.zoneId, lead.creditCode), true);
  const now = clock.nowIso();
  const spaceM2 = units.reduce((s, u) => s + u.areaM2, 0);
  const projectId = existing ? String(existing['projectId']) : (opts.projectId ?? newId('proj'));
  const counted = {
    [monthCounter.signedInvestment]: input.totalInvestment,
    [monthCounter.signedFixedAsset]: input.fixedAssetInvestment,
    [monthCounter.signedM2]: spaceM2,
    [monthCounter.signedLandMu]: input.landMu ?? 0,
    ...(existing ? {} : { [monthCounter.projectsSigned]: 1 }),
  };
  const taken = moveUnits(units, 'available', 'signed', { projectId }, now, [
    [lead.parkId, {
      [counterName.leadsInStage('negotiating')]: -1,
      [counterName.leadsInStage('signed')]: 1,
      [counterName.signedInvestment]: input.totalInvestment,
      [counterName.signedFixedAsset]: input.fixedAssetInvestment,
      [counterName.signedLandMu]: input.landMu ?? 0,
      ...(existing ? {} : { [counterName.projects]: 1 }),
      ...(lead.furthestStage === 'signed' ? {} : { [counterName.reached('signed')]: 1 }),
      ...(lead.segmentId ? {
        [counterName.segmentLeads(lead.chainId, lead.segmentId)]: -1,
        ...(existing ? {} : { [counterName.segmentTenants(lead.chainId, lead.segmentId)]: 1 }),
      } : {}),
    }],
  ]);
  // A project is credited to exactly one roadshow: the one that created its (first) lead.
  const credit = !existing && lead.roadshowId ? [addDeltas(keys.roadshowResults(lead.roadshowId), {
    [counterName.reached('signed')]: 1,
    signed_m2: spaceM2,
    signed_investment: input.totalInvestment,
  })!] : [];
  const common: TxItem[] = [
    leadSigned(lead, projectId, now),
    // The firm is a tenant now: its open-lead claim is released, so an expansion can be logged
    // as a new lead — and signing that one counts as a capital increase on this project.
    { write: { Delete: { Key: keys.firm(lead.zoneId, lead.creditCode), ConditionExpression: 'leadId = :id', ExpressionAttributeValues: { ':id': lead.id } } } },
    stageActivity(p, lead, now, existing ? '增资，计入既有项目' : '新项目'),
    ...taken,
    ...credit,
    // A signing counts in the month it was signed (back-filled contracts land in their own month).
    ...periodDeltas(lead.parkId, input.signedAt, { month: counted }),
  ];

  if (existing) {
    const project = await getProject(p, projectId, 'lead.write');
    const increase = {
      signedAt: input.signedAt, totalInvestmentAdded: input.totalInvestment, fixedAssetInvestmentAdded: input.fixedAssetInvestment,
      leadId: lead.id, ...(input.note ? { note: input.note } : {}), recordedBy: p.userId, recordedAt: now,
    };
    const next: StoredProject = {
      ...project,
      leadIds: [...project.leadIds, lead.id],
      totalInvestment: project.totalInvestment + input.totalInvestment,
      fixedAssetInvestment: project.fixedAssetInvestment + input.fixedAssetInvestment,
      units: [...project.units, ...units.map((u) => ({ parkId: u.parkId, buildingId: u.buildingId, unitId: u.id, areaM2: u.areaM2 }))],
      spaceM2: project.spaceM2 + spaceM2,
      ...(input.landMu ? { landMu: (project.landMu ?? 0) + input.landMu } : {}),
      capitalIncreases: [...project.capitalIncreases, increase],
      updatedAt: now,
      version: project.version + 1,
    };
    await transact([...common, projectUpdate(project, {
      leadIds: next.leadIds, totalInvestment: next.totalInvestment, fixedAssetInvestment: next.fixedAssetInvestment,
      units: next.units, spaceM2: next.spaceM2, landMu: next.landMu, capitalIncreases: next.capitalIncreases, updatedAt: now,
    })]);
    await publish({ type: 'project.signed', projectId, leadId: lead.id, parkId: lead.parkId, countedAs: 'capital_increase' });
    return { project: toProject({ ...next }), countedAs: 'capital_increase' };
  }

  const stored: StoredProject = {
    id: projectId,
    leadIds: [lead.id],
    parkId: lead.parkId,
    zoneId: lead.zoneId,
    parkPath: lead.parkPath,
    creditCode: lead.creditCode,
    firmName: lead.firmName,
    chainId: lead.chainId,
    ...(lead.segmentId ? { segmentId: lead.segmentId } : {}),
    ownerId: lead.ownerId,
    ...(lead.roadshowId ? { roadshowId: lead.roadshowId } : {}),
    signedAt: input.signedAt,
    totalInvestment: input.totalInvestment,
    fixedAssetInvestment: input.fixedAssetInvestment,
    units: units.map((u) => ({ parkId: u.parkId, buildingId: u.buildingId, unitId: u.id, areaM2: u.areaM2 })),
    spaceM2,
    ...(input.landMu !== undefined ? { landMu: input.landMu } : {}),
    commitments: input.commitments,
    milestones: Object.fromEntries(milestones.map((m) => [m, { committed: input.milestones[m] }])) as MilestoneDates,
    capitalIncreases: [],
    performance: null,
    ...(input.note ? { note: input.note } : {}),
    createdBy: p.userId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await transact([
    ...common,
    {
      write: { Put: { Item: { ...keys.project(projectId), entity: 'project', ...stored, ...projectIndexKeys(stored).set }, ConditionExpression: 'attribute_not_exists(pk)' } },
    },
    {
      write: {
        Put: {
          Item: { ...keys.firmProject(lead.zoneId, lead.creditCode), entity: 'firm_project', projectId, parkId: lead.parkId },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new DomainError('resource.conflict', '该企业刚刚在本开发区完成签约，请刷新后按增资处理'),
    },
  ]);
  await publish({ type: 'project.signed', projectId, leadId: lead.id, parkId: lead.parkId, countedAs: 'new_project' });
  return { project: toProject(stored as Record<string, unknown> & StoredProject), countedAs: 'new_project' };
}

/** A version-guarded update of a project (index keys recomputed from its milestones). */
function projectUpdate(project: Project, set: Record<string, unknown>): TxItem {
  const next = { ...project, ...set } as Project;
  const index = projectIndexKeys(next);
  return {
    write: {
      Update: {
        Key: keys.project(project.id),
        ...versionedUpdate({ set: { ...set, ...index.set }, remove: index.remove, version: project.version }),
      },
    },
    onConditionFailed: (old) => (old ? versionMismatch(Number(old['version'])) : notFound(WHAT, project.id)),
  };
}

/**
 * Record a milestone's actual date, in order. 开工 is when the firm moves in (for leased space,
 * fit-out starts), so its units move signed → occupied in the same transaction.
 */
export async function recordMilestone(p: Principal, id: string, milestone: Milestone, raw: unknown, ifMatch?: number): Promise<Project> {
  const input = RecordMilestone.parse(raw);
  const project = await getProject(p, id, 'lead.write');
  if (ifMatch !== undefined && ifMatch !== project.version) throw versionMismatch(project.version);
  const i = milestones.indexOf(milestone);
  const prev = milestones[i - 1];
  if (project.milestones[milestone].actual) {
    throw new DomainError('project.milestone_invalid', `「${milestoneLabels[milestone]}」已于 ${project.milestones[milestone].actual} 记录`, [
      { field: 'milestone', message: '该里程碑已记录', code: 'already_recorded' },
    ]);
  }
  if (prev && !project.milestones[prev].actual) {
    throw new DomainError('project.milestone_invalid', `请先记录「${milestoneLabels[prev]}」`, [
      { field: 'milestone', message: `里程碑须按顺序记录：先${milestoneLabels[prev]}，后${milestoneLabels[milestone]}`, code: 'out_of_order' },
    ]);
  }
  if (prev && input.actualDate < project.milestones[prev].actual!) {
    throw invalid('actualDate', `不能早于${milestoneLabels[prev]}日期 ${project.milestones[prev].actual}`, 'out_of_order');
  }
  if (input.actualDate > shanghaiDate()) throw invalid('actualDate', '实际日期不能晚于今天', 'in_future');
  if (input.actualDate < project.signedAt) throw invalid('actualDate', '实际日期不能早于签约日期', 'before_signing');

  const now = clock.nowIso();
  const stored = Object.fromEntries(milestones.map((m) => [m, { committed: project.milestones[m].committed, ...(project.milestones[m].actual ? { actual: project.milestones[m].actual } : {}) }])) as MilestoneDates;
  stored[milestone] = { ...stored[milestone], actual: input.actualDate };
  const moveIn = milestone === 'construction_started' ? await occupyUnits(project, now) : [];
  // 投产 turns the project's per-mu figures (and its park's aggregate and threshold flag) on.
  const recomputed = milestone === 'in_production' ? await recomputePerformance(project, { producing: true }) : undefined;
  const set = { milestones: stored, updatedAt: now, ...(recomputed ? { performance: recomputed.performance } : {}) };
  await transact([projectUpdate(project, set), ...moveIn, ...(recomputed ? mergeDeltas([project.parkId, recomputed.perMuDelta]) : [])]);
  await publish({ type: 'project.milestone_recorded', projectId: id, parkId: project.parkId, milestone });
  return toProject({ ...project, ...set, version: project.version + 1 });
}

/** The project's units still signed: → occupied (入驻), with building, park and week counters. */
async function occupyUnits(project: Project, now: string): Promise<TxItem[]> {
  const items = await batchGet(project.units.map((u) => keys.unit(u.parkId, u.buildingId, u.unitId)), true);
  const signed = project.units
    .map((u) => ({ ref: u, item: items.get(keyOf(keys.unit(u.parkId, u.buildingId, u.unitId))) }))
    .filter(({ item }) => item?.['status'] === 'signed')
    .map(({ ref, item }) => ({ parkId: ref.parkId, buildingId: ref.buildingId, id: ref.unitId, areaM2: ref.areaM2, version: Number(item!['version']) }));
  return signed.length ? moveUnits(signed, 'signed', 'occupied', {}, now) : [];
}

/**
 * A capital increase (增资) on a signed project, given as the revised contract totals: only the
 * increase is added to the park's signed investment; the project is not counted again.
 */
export async function addCapitalIncrease(p: Principal, id: string, raw: unknown, ifMatch?: number): Promise<Project> {
  const input = CapitalIncrease.parse(raw);
  const project = await getProject(p, id, 'lead.write');
  if (ifMatch !== undefined && ifMatch !== project.version) throw versionMismatch(project.version);
  const added = input.totalInvestment - project.totalInvestment;
  const addedFixed = input.fixedAssetInvestment - project.fixedAssetInvestment;
  if (added <= 0) throw invalid('totalInvestment', `增资后总投资须高于当前的 ${project.totalInvestment} 元`, 'not_an_increase');
  if (addedFixed < 0) throw invalid('fixedAssetInvestment', '增资后固定资产投资不能低于当前值', 'not_an_increase');
  if (input.fixedAssetInvestment > input.totalInvestment) throw invalid('fixedAssetInvestment', '固定资产投资不能超过总投资', 'too_big');
  const now = clock.nowIso();
  const increase = {
    signedAt: input.signedAt, totalInvestmentAdded: added, fixedAssetInvestmentAdded: addedFixed,
    ...(input.note ? { note: input.note } : {}), recordedBy: p.userId, recordedAt: now,
  };
  const recomputed = await recomputePerformance(project, { fixedAssetInvestment: input.fixedAssetInvestment });
  const set = {
    totalInvestment: input.totalInvestment,
    fixedAssetInvestment: input.fixedAssetInvestment,
    capitalIncreases: [...project.capitalIncreases, increase],
    performance: recomputed.performance,
    updatedAt: now,
  };
  await transact([
    projectUpdate(project, set),
    ...mergeDeltas(
      [project.parkId, { [counterName.signedInvestment]: added, [counterName.signedFixedAsset]: addedFixed }],
      [project.parkId, recomputed.perMuDelta],
    ),
    ...periodDeltas(project.parkId, input.signedAt > shanghaiDate() ? shanghaiDate() : input.signedAt, {
      month: { [monthCounter.signedInvestment]: added, [monthCounter.signedFixedAsset]: addedFixed },
    }),
  ]);
  return toProject({ ...project, ...set, version: project.version + 1 });
}

/**
 * Submit (or correct) the report of one period, then store the project's 履约 figures recomputed
 * from all its reports — guarded by the project's version, so two reports never race.
 */
export async function submitReport(p: Principal, id: string, period: string, raw: unknown): Promise<Project> {
  const parsedPeriod = ReportPeriod.safeParse(period);
  if (!parsedPeriod.success) throw invalid('period', parsedPeriod.error.issues[0]!.message, 'invalid');
  const input = SubmitReport.parse(raw);
  for (let attempt = 0; ; attempt++) {
    const project = await getProject(p, id, 'lead.write');
    const existing = await listAllReports(id);
    const kinds = new Set(existing.map((r) => r.period.includes('Q')));
    if (kinds.size === 1 && !kinds.has(period.includes('Q'))) {
      throw invalid('period', '同一项目须统一按月或按季度报告', 'mixed_periods');
    }
    const today = shanghaiDate();
    if (monthsOf(period)[0]! > today.slice(0, 7)) throw invalid('period', '报告期不能晚于本月', 'in_future');
    const now = clock.nowIso();
    const report: Report = { projectId: id, period, ...input, reportedBy: p.userId, reportedAt: now };
    const reports = [...existing.filter((r) => r.period !== period), report];
    const { performance: perf, perMuDelta } = await recomputePerformance(project, { reports });
    try {
      await transact([
        projectUpdate(project, { performance: perf, updatedAt: now }),
        { write: { Put: { Item: { ...keys.projectReport(id, period), entity: 'project_report', ...report } } } },
        ...mergeDeltas([project.parkId, perMuDelta]),
      ]);
      return toProject({ ...project, performance: perf, version: project.version + 1, updatedAt: now });
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'resource.version_mismatch' && attempt < 5)) throw e;
    }
  }
}

type PerMuContribution = Record<string, number>;

/** What a project adds to its park's per-mu aggregate: producing, with land and reports. */
function perMuContribution(landMu: number | undefined, producing: boolean, perf: Project['performance']): PerMuContribution {
  const on = producing && landMu !== undefined && perf?.perMu != null;
  return {
    [counterName.perMuProjects]: on ? 1 : 0,
    [counterName.perMuBelow]: on && perf!.belowPerMuThreshold ? 1 : 0,
    [counterName.perMuLand]: on ? landMu! : 0,
    [counterName.perMuTax]: on ? perf!.annualTax : 0,
    [counterName.perMuOutput]: on ? perf!.annualOutput : 0,
  };
}

/**
 * Recompute a project's 履约 figures after something they depend on changed (a report, the
 * contract, the land, 投产), and the delta of its contribution to the park's per-mu aggregate.
 */
async function recomputePerformance(project: Project, next: { reports?: Report[]; fixedAssetInvestment?: number; landMu?: number | undefined; producing?: boolean }) {
  const reports = next.reports ?? await listAllReports(project.id);
  const landMu = 'landMu' in next ? next.landMu : project.landMu;
  const producing = next.producing ?? Boolean(project.milestones.in_production.actual);
  const park = await loadPark(project.parkId);
  const perf = performance({
    reports,
    commitments: project.commitments,
    fixedAssetInvestment: next.fixedAssetInvestment ?? project.fixedAssetInvestment,
    landMu,
    producing,
    thresholds: { perMuTax: park?.perMuTaxThreshold, perMuOutput: park?.perMuOutputThreshold },
  });
  const before = perMuContribution(project.landMu, Boolean(project.milestones.in_production.actual), project.performance);
  const after = perMuContribution(landMu, producing, perf);
  const perMuDelta = Object.fromEntries(Object.keys(after).map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]));
  return { performance: perf, perMuDelta };
}

async function listAllReports(projectId: string): Promise<Report[]> {
  const out: Report[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage({ partition: keys.project(projectId).pk, sortBeginsWith: 'REPORT#', cursor, limit: 100 });
    out.push(...page.items.map((i) => fromItem(Report, i)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export async function listReports(p: Principal, id: string): Promise<Report[]> {
  await getProject(p, id);
  return (await listAllReports(id)).sort((a, b) => a.period.localeCompare(b.period));
}

/**
 * List projects of a park or zone; `late` gives the 三未 lists (waiting for a milestone past its
 * committed date), oldest commitment first; `belowPerMuThreshold=true` the weak producers.
 */
export async function listProjects(p: Principal, raw: unknown): Promise<Page<Project>> {
  const q = ListProjectsQuery.parse(raw);
  authorize(p, 'read');
  const node = await listNode(p, q.parkId);
  const today = shanghaiDate();
  const wholeZone = node.level === 'zone' || node.childCount > 0;
  let spec: Omit<QuerySpec, 'cursor' | 'limit' | 'filter'>;
  if (q.late) {
    const m = lateLists[q.late];
    spec = wholeZone
      ? { index: 'byZoneStatus', partition: keys.zoneNextMilestone(node.zoneId, m), sortBefore: today }
      : { index: 'byParkStatus', partition: keys.parkNextMilestone(node.id, m), sortBefore: today };
  } else {
    spec = wholeZone
      ? { index: 'byCollection', partition: keys.zoneProjects(node.zoneId), newestFirst: true }
      : { index: 'byPark', partition: keys.parkProjects(node.id), newestFirst: true };
  }
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (wholeZone && node.level !== 'zone') {
    conditions.push('contains(#path, :node)');
    names['#path'] = 'parkPath';
    values[':node'] = node.id;
  }
  if (q.belowPerMuThreshold) {
    conditions.push('#perf.#below = :below');
    Object.assign(names, { '#perf': 'performance', '#below': 'belowPerMuThreshold' });
    values[':below'] = q.belowPerMuThreshold === 'true';
  }
  const page = await queryPage({
    ...spec, cursor: q.cursor, limit: q.limit,
    ...(conditions.length ? { filter: { expression: conditions.join(' AND '), names, values } } : {}),
  });
  return { items: page.items.map((i) => toProject(i, today)), nextCursor: page.nextCursor };
}

