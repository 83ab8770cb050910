import type { z } from 'zod';

/**
 * The one DynamoDB table: its definition (used by CDK and by the local runtime) and every
 * key the code writes, next to the access pattern it serves. This file is the data model's
 * documentation; the README copies its table.
 *
 * | access pattern                                  | index          | key condition                                          |
 * |-------------------------------------------------|----------------|--------------------------------------------------------|
 * | get a park / its counters                       | table          | pk=PARK#<id>, sk=PARK | COUNTERS                       |
 * | a park's week / month figures (deltas)          | table          | pk=PARK#<id>, sk=WEEK#<2026-W47> | MONTH#<2026-11>     |
 * | children of a park (tree), roots                | byCollection   | gsi1pk=PARK#<parent|ROOT>#CHILDREN, gsi1sk=<name>#<id> |
 * | get a chain; list chains                        | table / byCollection | pk=CHAIN#<id>; gsi1pk=CHAINS                     |
 * | buildings of a park                             | table          | pk=PARK#<id>, sk begins_with BLDG#                     |
 * | units of a building                             | table          | pk=PARK#<id>, sk begins_with UNIT#<bldg>#              |
 * | get a lead; its timeline (activities)           | table          | pk=LEAD#<id>, sk=LEAD | begins_with ACT#               |
 * | leads of a zone, newest first                   | byCollection   | gsi1pk=ZONE#<zone>#LEADS, gsi1sk=<leadId>              |
 * | leads of a park, newest first                   | byPark         | gsi2pk=PARK#<park>#LEADS, gsi2sk=<leadId>              |
 * | leads of a park in a stage                      | byParkStatus   | gsi3pk=PARK#<park>#STAGE#<stage>, gsi3sk=<leadId>      |
 * | an owner's leads by follow-up due date          | byOwnerDue     | gsi4pk=OWNER#<user>, gsi4sk=<due|9999-12-31>#<leadId>  |
 * | one open lead per firm per zone                 | table          | pk=FIRM#<zone>#<creditCode>, sk=FIRM (conditional)     |
 * | one project per firm per zone (count once)      | table          | pk=FIRM#<zone>#<creditCode>, sk=PROJECT (conditional)  |
 * | get a project; its period reports               | table          | pk=PROJECT#<id>, sk=PROJECT | begins_with REPORT#      |
 * | projects of a zone / a park, newest first       | byCollection / byPark | gsi1pk=ZONE#<z>#PROJECTS; gsi2pk=PARK#<p>#PROJECTS |
 * | 三未: projects waiting for a milestone, by date  | byParkStatus / byZoneStatus | gsi3pk=PARK#<p>#NEXT#<milestone> (gsi5pk=ZONE#…), sk=<committed>#<id> < today |
 * | get a blocker; a lead's/project's blockers      | table / byCollection | pk=BLOCKER#<id>; gsi1pk=SUBJECT#<id>#BLOCKERS    |
 * | a park's blockers, newest first                 | byPark         | gsi2pk=PARK#<park>#BLOCKERS                            |
 * | dispatch agenda: blockers in a status, oldest first | byParkStatus / byZoneStatus | gsi3pk=PARK#<p>#BLOCKERS#<status> (gsi5pk=ZONE#…), sk=<since>#<id> |
 * | leads of a park by chain-fit score, best first | byParkFit     | gsi6pk=PARK#<park>#FIT, gsi6sk=<score:000>#<leadId>     |
 * | get a roadshow; its results; its attendees      | table          | pk=ROADSHOW#<id>, sk=ROADSHOW | RESULTS | begins_with ATTENDEE# |
 * | roadshows of a zone / park by date              | byCollection / byPark | gsi1pk=ZONE#<z>#ROADSHOWS; gsi2pk=PARK#<p>#ROADSHOWS, sk=<date>#<id> |
 * | public check-in rate limit (per minute, TTL)    | table          | pk=RATE#<roadshow>#<ip>#<minute>, sk=RATE              |
 * | webhooks; a webhook's deliveries (log)         | table / byCollection | pk=WEBHOOK#<id>, sk=WEBHOOK | begins_with DELIVERY#; gsi1pk=WEBHOOKS |
 * | deliveries waiting for a retry, by due time     | byZoneStatus   | gsi5pk=DELIVERIES#pending, gsi5sk=<nextAttemptAt>#<id> |
 * | digest sent to a recipient in a week (once)     | table          | pk=DIGEST#<2026-W48>, sk=TO#<userId|robot#parkId>      |
 * | a committed import's summary                  | table          | pk=IMPORT#<id>, sk=IMPORT                              |
 * | a lead's workflow state (and task token)      | table          | pk=LEAD#<id>, sk=LEAD (attributes workflow, workflowToken) |
 * | active workflows (resume on boot)               | byCollection   | gsi1pk=WORKFLOWS#active, gsi1sk=<leadId> (pk=WORKFLOW#<leadId>) |
 * | live workflows of one firm in any zone (qualify)| byPark         | gsi2pk=CREDIT#<creditCode>#WORKFLOWS (same item)       |
 * | leads escalated to a park manager, oldest first | byZoneStatus   | gsi5pk=ESCALATED#<managerId>, gsi5sk=<escalatedAt>#<leadId> |
 * | users of a park-tree node by role               | byCollection   | gsi1pk=SCOPE#<parkId|ROOT>#USERS, gsi1sk=<role>#<userId> |
 * | a user (owner lookup, roles)                    | table          | pk=USER#<id>, sk=USER                                  |
 * | idempotency record of a POST                    | table          | pk=IDEMPOTENCY#<user>#<key>, sk=IDEMPOTENCY (TTL)      |
 * | seed markers                                    | table          | pk=SEED#<name>, sk=SEED                                |
 *
 * No request path uses Scan. Lists page with an opaque cursor over the index named above.
 */

export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  indexes: {
    byCollection: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    byPark: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    byParkStatus: { partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    byOwnerDue: { partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
    byZoneStatus: { partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
    byParkFit: { partitionKey: 'gsi6pk', sortKey: 'gsi6sk' },
  },
} as const;

export type IndexName = keyof typeof tableDefinition.indexes;

/** Every key attribute is a string: the CDK table and the local CreateTable both read this. */
export const keyAttributes = (): string[] => [
  tableDefinition.partitionKey,
  tableDefinition.sortKey,
  ...Object.values(tableDefinition.indexes).flatMap((i) => [i.partitionKey, i.sortKey]),
];

export const NO_DUE_DATE = '9999-12-31';

export const keys = {
  park: (id: string) => ({ pk: `PARK#${id}`, sk: 'PARK' }),
  parkCounters: (id: string) => ({ pk: `PARK#${id}`, sk: 'COUNTERS' }),
  parkChildren: (parentId: string | null) => `PARK#${parentId ?? 'ROOT'}#CHILDREN`,
  chain: (id: string) => ({ pk: `CHAIN#${id}`, sk: 'CHAIN' }),
  chains: 'CHAINS',
  building: (parkId: string, buildingId: string) => ({ pk: `PARK#${parkId}`, sk: `BLDG#${buildingId}` }),
  unit: (parkId: string, buildingId: string, unitId: string) =>
    ({ pk: `PARK#${parkId}`, sk: `UNIT#${buildingId}#${unitId}` }),
  lead: (id: string) => ({ pk: `LEAD#${id}`, sk: 'LEAD' }),
  activity: (leadId: string, activityId: string) => ({ pk: `LEAD#${leadId}`, sk: `ACT#${activityId}` }),
  zoneLeads: (zoneId: string) => `ZONE#${zoneId}#LEADS`,
  parkLeads: (parkId: string) => `PARK#${parkId}#LEADS`,
  parkStage: (parkId: string, stage: string) => `PARK#${parkId}#STAGE#${stage}`,
  ownerDue: (ownerId: string) => `OWNER#${ownerId}`,
  firm: (zoneId: string, creditCode: string) => ({ pk: `FIRM#${zoneId}#${creditCode}`, sk: 'FIRM' }),
  user: (id: string) => ({ pk: `USER#${id}`, sk: 'USER' }),
  idempotency: (principal: string, key: string) =>
    ({ pk: `IDEMPOTENCY#${principal}#${key}`, sk: 'IDEMPOTENCY' }),
  seed: (name: string) => ({ pk: `SEED#${name}`, sk: 'SEED' }),
  /** Per-park period items: deltas of one ISO week / one month, added with the change. */
  parkWeek: (parkId: string, week: string) => ({ pk: `PARK#${parkId}`, sk: `WEEK#${week}` }),
  parkMonth: (parkId: string, month: string) => ({ pk: `PARK#${parkId}`, sk: `MONTH#${month}` }),
  project: (id: string) => ({ pk: `PROJECT#${id}`, sk: 'PROJECT' }),
  projectReport: (projectId: string, period: string) => ({ pk: `PROJECT#${projectId}`, sk: `REPORT#${period}` }),
  firmProject: (zoneId: string, creditCode: string) => ({ pk: `FIRM#${zoneId}#${creditCode}`, sk: 'PROJECT' }),
  zoneProjects: (zoneId: string) => `ZONE#${zoneId}#PROJECTS`,
  parkProjects: (parkId: string) => `PARK#${parkId}#PROJECTS`,
  parkNextMilestone: (parkId: string, milestone: string) => `PARK#${parkId}#NEXT#${milestone}`,
  zoneNextMilestone: (zoneId: string, milestone: string) => `ZONE#${zoneId}#NEXT#${milestone}`,
  parkFit: (parkId: string) => `PARK#${parkId}#FIT`,
  roadshow: (id: string) => ({ pk: `ROADSHOW#${id}`, sk: 'ROADSHOW' }),
  roadshowResults: (id: string) => ({ pk: `ROADSHOW#${id}`, sk: 'RESULTS' }),
  roadshowAttendee: (id: string, creditCode: string) => ({ pk: `ROADSHOW#${id}`, sk: `ATTENDEE#${creditCode}` }),
  zoneRoadshows: (zoneId: string) => `ZONE#${zoneId}#ROADSHOWS`,
  parkRoadshows: (parkId: string) => `PARK#${parkId}#ROADSHOWS`,
  rateLimit: (scope: string, window: string) => ({ pk: `RATE#${scope}#${window}`, sk: 'RATE' }),
  webhook: (id: string) => ({ pk: `WEBHOOK#${id}`, sk: 'WEBHOOK' }),
  webhooks: 'WEBHOOKS',
  delivery: (webhookId: string, eventId: string) => ({ pk: `WEBHOOK#${webhookId}`, sk: `DELIVERY#${eventId}` }),
  pendingDeliveries: 'DELIVERIES#pending',
  digestSent: (week: string, recipient: string) => ({ pk: `DIGEST#${week}`, sk: `TO#${recipient}` }),
  importJob: (id: string) => ({ pk: `IMPORT#${id}`, sk: 'IMPORT' }),
  blocker: (id: string) => ({ pk: `BLOCKER#${id}`, sk: 'BLOCKER' }),
  subjectBlockers: (subjectId: string) => `SUBJECT#${subjectId}#BLOCKERS`,
  parkAllBlockers: (parkId: string) => `PARK#${parkId}#BLOCKERS`,
  parkBlockers: (parkId: string, status: string) => `PARK#${parkId}#BLOCKERS#${status}`,
  zoneBlockers: (zoneId: string, status: string) => `ZONE#${zoneId}#BLOCKERS#${status}`,
};

/**
 * An item as the domain shows it: exactly the schema's fields, in the schema's order (storage
 * attributes such as pk, gsi1pk or entity never leave the repository).
 */
export function fromItem<S extends z.ZodObject>(schema: S, item: Record<string, unknown>): z.infer<S> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(schema.shape)) if (item[k] !== undefined) out[k] = item[k];
  return out as z.infer<S>;
}
