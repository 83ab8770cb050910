import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { queryPage, type Page } from '../../db/ops.ts';
import { keys } from '../../db/table.ts';
import type { LeadWorkflow } from './schema.ts';

/**
 * The lifecycle's storage. Access patterns (for the table in shared/db/table.ts):
 *
 * | access pattern                                  | index          | key condition                                        |
 * |-------------------------------------------------|----------------|------------------------------------------------------|
 * | a lead's workflow state (shown on the lead)     | table          | pk=LEAD#<id>, sk=LEAD: attributes `workflow`, `workflowToken` |
 * | active workflows, to resume on boot             | byCollection   | gsi1pk=WORKFLOWS#active, gsi1sk=<leadId> (item pk=WORKFLOW#<leadId>, sk=WORKFLOW) |
 * | live leads of one firm in any zone (qualify)    | byPark         | gsi2pk=CREDIT#<creditCode>#WORKFLOWS, gsi2sk=<leadId> (same item) |
 * | leads escalated to a park manager, oldest first | byZoneStatus   | gsi5pk=ESCALATED#<managerId>, gsi5sk=<since>#<leadId> (on the LEAD item) |
 * | users of a node by role (routing, escalation)   | byCollection   | gsi1pk=SCOPE#<parkId\|ROOT>#USERS, gsi1sk=<role>#<userId> (on USER items) |
 *
 * Workflow writes never bump the lead's `version`: they are not user data.
 */
export const lifecycleKeys = {
  registry: (leadId: string) => ({ pk: `WORKFLOW#${leadId}`, sk: 'WORKFLOW' }),
  active: 'WORKFLOWS#active',
  firm: (creditCode: string) => `CREDIT#${creditCode}#WORKFLOWS`,
  escalatedTo: (managerId: string) => `ESCALATED#${managerId}`,
};

/** The task token of the wait in progress, stored on the lead item (never shown by the API). */
export const TOKEN_ATTR = 'workflowToken';

export type LeadItem = Record<string, unknown> & {
  id: string; parkId: string; zoneId: string; parkPath: string[]; creditCode: string; firmName: string;
  ownerId: string | null; stage: string; followUpDue: string | null; version: number; createdAt: string;
  projectId?: string; deletedAt?: string; workflow?: LeadWorkflow;
};

export async function loadLead(leadId: string): Promise<LeadItem | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: keys.lead(leadId), ConsistentRead: true }));
  return Item as LeadItem | undefined;
}

const isCheckFailed = (e: unknown) => e instanceof ConditionalCheckFailedException;

/**
 * Write the whole `workflow` map of a lead (only the workflow's own tasks write it, one at a
 * time), plus the escalation index keys when given. No version bump.
 */
export async function saveWorkflow(
  leadId: string,
  workflow: LeadWorkflow,
  opts: { escalation?: { managerId: string; since: string } | null; condition?: { expression: string; values: Record<string, unknown> } } = {},
): Promise<boolean> {
  const sets = ['#wf = :wf'];
  const removes: string[] = [];
  const values: Record<string, unknown> = { ':wf': { ...workflow, updatedAt: clock.nowIso() }, ...opts.condition?.values };
  if (opts.escalation) {
    sets.push('gsi5pk = :g5pk', 'gsi5sk = :g5sk');
    values[':g5pk'] = lifecycleKeys.escalatedTo(opts.escalation.managerId);
    values[':g5sk'] = `${opts.escalation.since}#${leadId}`;
  } else if (opts.escalation === null) {
    removes.push('gsi5pk', 'gsi5sk');
  }
  try {
    await ddb.send(new UpdateCommand({
      TableName: tableName,
      Key: keys.lead(leadId),
      UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
      ConditionExpression: ['attribute_exists(pk)', opts.condition?.expression].filter(Boolean).join(' AND '),
      ExpressionAttributeNames: { '#wf': 'workflow' },
      ExpressionAttributeValues: values,
    }));
    return true;
  } catch (e) {
    if (isCheckFailed(e)) return false;
    throw e;
  }
}

/** Store the token of a new wait; returns the lead as it is now (to spot a change that raced the wait). */
export async function storeToken(leadId: string, token: string): Promise<LeadItem | undefined> {
  try {
    const out = await ddb.send(new UpdateCommand({
      TableName: tableName,
      Key: keys.lead(leadId),
      UpdateExpression: 'SET #t = :t',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#t': TOKEN_ATTR },
      ExpressionAttributeValues: { ':t': token },
      ReturnValues: 'ALL_NEW',
    }));
    return out.Attributes as LeadItem;
  } catch (e) {
    if (isCheckFailed(e)) return undefined;
    throw e;
  }
}

/** Take the waiting token off the lead (exactly one caller gets it). */
export async function takeToken(leadId: string, only?: string): Promise<string | undefined> {
  try {
    const out = await ddb.send(new UpdateCommand({
      TableName: tableName,
      Key: keys.lead(leadId),
      UpdateExpression: 'REMOVE #t',
      ConditionExpression: only ? '#t = :t' : 'attribute_exists(#t)',
      ExpressionAttributeNames: { '#t': TOKEN_ATTR },
      ...(only ? { ExpressionAttributeValues: { ':t': only } } : {}),
      ReturnValues: 'ALL_OLD',
    }));
    return out.Attributes?.[TOKEN_ATTR] as string | undefined;
  } catch (e) {
    if (isCheckFailed(e)) return undefined;
    throw e;
  }
}

export type Registration = { leadId: string; generation: number; executionName: string };

/** Mark a lead's workflow active (created with the lead, removed when the workflow ends). */
export async function register(r: Registration): Promise<void> {
  await ddb.send(new PutCommand({
    TableName: tableName,
    Item: {
      ...lifecycleKeys.registry(r.leadId), entity: 'workflow', ...r,
      gsi1pk: lifecycleKeys.active, gsi1sk: r.leadId, registeredAt: clock.nowIso(),
    },
  }));
}

export async function loadRegistration(leadId: string): Promise<(Registration & { creditCode?: string }) | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: lifecycleKeys.registry(leadId), ConsistentRead: true }));
  return Item as (Registration & { creditCode?: string }) | undefined;
}

/** Move a registration to the next generation, if nobody else did (refuses a second restart). */
export async function advanceGeneration(leadId: string, from: number, to: Registration): Promise<boolean> {
  try {
    await ddb.send(new UpdateCommand({
      TableName: tableName,
      Key: lifecycleKeys.registry(leadId),
      UpdateExpression: 'SET entity = :entity, leadId = :lead, generation = :to, executionName = :name, gsi1pk = :active, gsi1sk = :lead',
      ConditionExpression: 'attribute_not_exists(pk) OR generation = :from',
      ExpressionAttributeValues: { ':entity': 'workflow', ':to': to.generation, ':name': to.executionName, ':from': from, ':active': lifecycleKeys.active, ':lead': leadId },
    }));
    return true;
  } catch (e) {
    if (isCheckFailed(e)) return false;
    throw e;
  }
}

/** Index the firm on the registration, so qualify finds the same firm's live leads elsewhere. */
export async function indexFirm(leadId: string, creditCode: string, parkId: string): Promise<void> {
  await ddb.send(new UpdateCommand({
    TableName: tableName,
    Key: lifecycleKeys.registry(leadId),
    UpdateExpression: 'SET gsi2pk = :pk, gsi2sk = :lead, creditCode = :code, parkId = :park',
    ExpressionAttributeValues: { ':pk': lifecycleKeys.firm(creditCode), ':lead': leadId, ':code': creditCode, ':park': parkId },
  }));
}

export async function unregister(leadId: string): Promise<void> {
  await ddb.send(new DeleteCommand({ TableName: tableName, Key: lifecycleKeys.registry(leadId) }));
}

/** Other live leads of the same firm (other zones: one zone allows one). */
export async function sameFirmElsewhere(creditCode: string, leadId: string): Promise<Array<{ leadId: string; parkId: string }>> {
  const page = await queryPage({ index: 'byPark', partition: lifecycleKeys.firm(creditCode), limit: 20 });
  return page.items
    .filter((i) => i['leadId'] !== leadId)
    .map((i) => ({ leadId: String(i['leadId']), parkId: String(i['parkId']) }));
}

/** One page of the active workflows (boot-time resume). */
export async function activePage(cursor?: string): Promise<Page<Registration>> {
  const page = await queryPage({ index: 'byCollection', partition: lifecycleKeys.active, cursor, limit: 100 });
  return {
    items: page.items.map((i) => ({ leadId: String(i['leadId']), generation: Number(i['generation']), executionName: String(i['executionName']) })),
    nextCursor: page.nextCursor,
  };
}

/** Leads escalated to a manager, oldest escalation first. */
export async function escalatedTo(managerId: string, q: { cursor?: string | undefined; limit: number }): Promise<Page<Record<string, unknown>>> {
  return queryPage({
    index: 'byZoneStatus', partition: lifecycleKeys.escalatedTo(managerId), cursor: q.cursor, limit: q.limit,
    filter: { expression: 'attribute_not_exists(#deleted)', names: { '#deleted': 'deletedAt' }, values: {} },
  });
}
