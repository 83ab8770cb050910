import { z } from 'zod';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Role } from '../../auth/principal.ts';
import { clock } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { getItem, queryPage } from '../../db/ops.ts';
import { fromItem, keys } from '../../db/table.ts';

/**
 * The user directory: who may own leads and who gets emails. On AWS the identity lives in
 * Cognito and this record mirrors it (id = the token's `sub`); locally the seed writes it.
 */
export const User = z.object({
  id: z.string(),
  email: z.email(),
  name: z.string(),
  role: Role,
  scopeParkId: z.string().nullable(),
  createdAt: z.string(),
}).meta({ id: 'User' });
export type User = z.infer<typeof User>;

export async function loadUser(id: string): Promise<User | undefined> {
  const item = await getItem(keys.user(id));
  return item ? fromItem(User, item) : undefined;
}

/**
 * The directory of one node of the park tree, by role (index `byCollection`):
 * gsi1pk=SCOPE#<scopeParkId|ROOT>#USERS, gsi1sk=<role>#<userId>. The lifecycle routes a new lead
 * to the park's officers and escalates to its manager with it.
 */
export const scopeUsers = (scopeParkId: string | null) => `SCOPE#${scopeParkId ?? 'ROOT'}#USERS`;
const userIndexKeys = (u: Pick<User, 'id' | 'role' | 'scopeParkId'>) => ({ gsi1pk: scopeUsers(u.scopeParkId), gsi1sk: `${u.role}#${u.id}` });

export async function putUser(user: Omit<User, 'createdAt'>): Promise<User> {
  const full = { ...user, createdAt: clock.nowIso() };
  await ddb.send(new PutCommand({
    TableName: tableName,
    Item: { ...keys.user(user.id), entity: 'user', ...full, ...userIndexKeys(user) },
    ConditionExpression: 'attribute_not_exists(pk)',
  })).catch(async (e: Error) => {
    if (e.name !== 'ConditionalCheckFailedException') throw e;
    // Already there (a re-run seed): make sure it is in its node's directory.
    const index = userIndexKeys(user);
    await ddb.send(new UpdateCommand({
      TableName: tableName, Key: keys.user(user.id),
      UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
      ExpressionAttributeValues: { ':pk': index.gsi1pk, ':sk': index.gsi1sk },
    }));
  });
  return full;
}

/** Users of a role whose scope is exactly this node (at most 100: a park's team). */
export async function usersAt(scopeParkId: string, role: User['role']): Promise<User[]> {
  const page = await queryPage({ index: 'byCollection', partition: scopeUsers(scopeParkId), sortBeginsWith: `${role}#`, limit: 100 });
  return page.items.map((i) => fromItem(User, i));
}

/** The users of a role nearest to a park: its own node first, then up the tree. */
export async function nearestUsers(parkPath: readonly string[], role: User['role']): Promise<User[]> {
  for (const node of [...parkPath].reverse()) {
    const found = await usersAt(node, role);
    if (found.length > 0) return found;
  }
  return [];
}

/** May this user own a lead in a park with this path? */
export const canOwn = (user: Pick<User, 'role' | 'scopeParkId'>, parkPath: readonly string[]) =>
  user.role !== 'viewer' && (user.scopeParkId === null ? user.role === 'admin' : parkPath.includes(user.scopeParkId));
