import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../../shared/auth/principal.ts';
import { ddb, tableName } from '../../shared/db/client.ts';
import { getItem } from '../../shared/db/ops.ts';
import { keys } from '../../shared/db/table.ts';
import { changeBlockerStatus, raiseBlocker } from '../../shared/domain/blockers/service.ts';
import { createChain } from '../../shared/domain/chains/service.ts';
import { changeStage, createLead, getLead, recordActivity, updateLead } from '../../shared/domain/leads/service.ts';
import { createPark } from '../../shared/domain/parks/service.ts';
import { addCapitalIncrease, recordMilestone, signLead, submitReport } from '../../shared/domain/projects/service.ts';
import { changeRoadshowStatus, createRoadshow, listRoadshows, registerAttendee } from '../../shared/domain/roadshows/service.ts';
import { roadshowStatuses, type Roadshow, type RoadshowStatus } from '../../shared/domain/roadshows/schema.ts';
import { changeUnitStatus, createBuilding } from '../../shared/domain/space/service.ts';
import { putUser } from '../../shared/domain/users/service.ts';
import { DomainError } from '../../shared/errors.ts';
import { logger } from '../../shared/observability/logger.ts';
import {
  demoBlockers, demoBuildings, demoChains, demoLeads, demoParks, demoProjectEvents, demoRoadshows, demoUnitMoves, demoUsers,
  type DemoFollowUp, type DemoRoadshow,
} from './demo-data.ts';

const SEED = 'demo-v3';

const asPrincipal = (u: (typeof demoUsers)[number]): Principal =>
  ({ userId: u.id, email: u.email, name: u.name, role: u.role, scopeParkId: u.scopeParkId });

/** Run a create; an id that already exists means an earlier, interrupted seed made it. */
async function once(create: () => Promise<unknown>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (e) {
    if (e instanceof DomainError && e.code === 'resource.conflict') return false;
    throw e;
  }
}

/**
 * Load the demo data through the domain services (so counters, firm claims and activities are
 * exactly what the API would write). Runs once: a marker item records completion, and every
 * row has a fixed id (blockers aside, see below), so an interrupted seed resumes without
 * duplicating anything.
 */
export async function seedDemo(): Promise<'seeded' | 'already'> {
  if (await getItem(keys.seed(SEED), true)) return 'already';
  const started = Date.now();
  const users = new Map(demoUsers.map((u) => [u.id, asPrincipal(u)]));
  const admin = [...users.values()].find((u) => u.role === 'admin' && u.scopeParkId === null)!;
  const actor = (userId: string | undefined) => users.get(userId ?? '') ?? admin;

  for (const u of demoUsers) await putUser(u);
  for (const { id, ...chain } of demoChains) await once(() => createChain(admin, chain, { id }));
  for (const { id, ...park } of demoParks) await once(() => createPark(admin, park, { id }));

  const newBuildings = new Set<string>();
  for (const { parkId, id, unitIds, ...building } of demoBuildings) {
    if (await once(() => createBuilding(admin, parkId, building, { id, unitIds }))) newBuildings.add(id);
  }
  for (const m of demoUnitMoves) {
    if (newBuildings.has(m.buildingId)) await changeUnitStatus(admin, m.parkId, m.buildingId, m.unitId, { to: m.to });
  }

  // Leads made by this run, and the projects their signings made: only these get the events below.
  const newLeads = new Set<string>();
  const newProjects = new Set<string>();
  for (const lead of demoLeads) {
    const by = actor(lead.actorUserId);
    if (!(await once(() => createLead(by, lead.input, { id: lead.id })))) continue;
    newLeads.add(lead.id);
    // Activities first (oldest → newest), then the stage moves they led to, then the signing
    // (a lead reaches 签约 only by signing, from 商务洽谈: it creates the project and takes the units).
    for (const { actorUserId, ...activity } of lead.activities) {
      await recordActivity(actor(actorUserId ?? lead.actorUserId), lead.id, activity);
    }
    for (const change of lead.stages) await changeStage(by, lead.id, change);
    if (lead.signing) {
      const { project } = await signLead(by, lead.id, lead.signing, undefined, { projectId: lead.projectId });
      newProjects.add(project.id);
    }
  }

  // After signing: milestones in order (开工 occupies the units), then 履约 reports, then 增资.
  for (const { projectId, actorUserId, milestones, reports, capitalIncrease } of demoProjectEvents) {
    if (!newProjects.has(projectId)) continue;
    const by = actor(actorUserId);
    for (const { milestone, actualDate } of milestones) await recordMilestone(by, projectId, milestone, { actualDate });
    for (const { period, ...report } of reports) await submitReport(by, projectId, period, report);
    if (capitalIncrease) await addCapitalIncrease(by, projectId, capitalIncrease);
  }

  // Blockers get generated ids, so a re-run cannot tell which ones exist. Rule: raise a blocker
  // only if its subject (lead or project) was created by this run — after an interrupted seed,
  // subjects made earlier keep whatever blockers they got, and none is ever raised twice.
  let blockers = 0;
  for (const { actorUserId, transitions, ...raise } of demoBlockers) {
    const made = raise.subject.type === 'lead' ? newLeads : newProjects;
    if (!made.has(raise.subject.id)) continue;
    const by = actor(actorUserId);
    const blocker = await raiseBlocker(by, raise);
    for (const change of transitions) await changeBlockerStatus(by, blocker.id, change);
    blockers++;
  }

  // 场景招商: roadshows get generated ids. One already there (same park, date and title: an
  // interrupted run made it) is reused; an attendee already registered is skipped with its
  // follow-up, so only leads this run's registrations created are walked and signed.
  let roadshows = 0;
  let attendees = 0;
  let roadshowProjects = 0;
  for (const demo of demoRoadshows) {
    const by = actor(demo.actorUserId);
    let roadshow = await existingRoadshow(by, demo);
    if (!roadshow) {
      roadshow = await createRoadshow(by, demo.input);
      roadshows++;
    }
    for (const { existingLeadId, afterwards, ...raw } of roadshow.status === 'closed' ? [] : demo.attendees) {
      if (await getItem(keys.roadshowAttendee(roadshow.id, raw.creditCode), true)) continue;
      const attendee = await registerAttendee(by, roadshow.id, raw, demo.via);
      attendees++;
      // A firm meant to be new must not collide with a demo lead in the zone (and vice versa).
      if (existingLeadId ? attendee.leadId !== existingLeadId : !attendee.leadCreated) {
        throw new Error(`demo roadshow ${demo.key}: ${raw.firmName} registered on lead ${attendee.leadId}, expected ${existingLeadId ?? 'a new lead'}`);
      }
      if (afterwards && attendee.leadCreated) {
        if (await followUp(actor(afterwards.actorUserId ?? demo.actorUserId), attendee.leadId, afterwards, actor)) roadshowProjects++;
      }
    }
    // planned → held → closed, as far as the demo says (attendees were registered while it was open).
    for (const to of statusPath[demo.status]) {
      if (roadshowStatuses.indexOf(roadshow.status) < roadshowStatuses.indexOf(to)) roadshow = await changeRoadshowStatus(by, roadshow.id, { to });
    }
  }

  await ddb.send(new PutCommand({
    TableName: tableName,
    Item: { ...keys.seed(SEED), entity: 'seed', seededAt: new Date().toISOString() },
  }));
  logger.info('demo data seeded', {
    ms: Date.now() - started, parks: demoParks.length, chains: demoChains.length,
    buildings: demoBuildings.length, leads: newLeads.size, projects: newProjects.size, blockers, users: demoUsers.length,
    roadshows, attendees, roadshowProjects,
  });
  return 'seeded';
}

const statusPath = { planned: [], held: ['held'], closed: ['held', 'closed'] } as const satisfies Record<RoadshowStatus, readonly RoadshowStatus[]>;

/** The demo roadshow if an earlier, interrupted run created it: same park, date and title. */
async function existingRoadshow(by: Principal, demo: DemoRoadshow): Promise<Roadshow | undefined> {
  const { parkId, date, title } = demo.input;
  const page = await listRoadshows(by, { parkId, from: date, to: date, limit: 100 });
  return page.items.find((r) => r.parkId === parkId && r.title === title);
}

/**
 * A roadshow lead's story after the event: update (owner etc.), activities, stage moves, then the
 * signing, the milestones the project has reached and its 履约 reports. Returns whether it signed.
 */
async function followUp(by: Principal, leadId: string, f: DemoFollowUp, actor: (userId: string | undefined) => Principal): Promise<boolean> {
  if (f.update) await updateLead(by, leadId, f.update, (await getLead(by, leadId)).version);
  for (const { actorUserId, ...activity } of f.activities ?? []) await recordActivity(actorUserId ? actor(actorUserId) : by, leadId, activity);
  for (const change of f.stages) await changeStage(by, leadId, change);
  if (!f.signing) return false;
  await signLead(by, leadId, f.signing, undefined, { projectId: f.projectId });
  for (const { milestone, actualDate } of f.milestones) await recordMilestone(by, f.projectId, milestone, { actualDate });
  for (const { period, ...report } of f.reports ?? []) await submitReport(by, f.projectId, period, report);
  return true;
}
