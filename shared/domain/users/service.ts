import { z } from 'zod';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { Role } from '../../auth/principal.ts';
import { clock } from '../../clock.ts';
import { ddb, tableName } from '../../db/client.ts';
import { getItem } from '../../db/ops.ts';
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

export async function putUser(user: Omit<User, 'createdAt'>): Promise<User> {
  const full = { ...user, createdAt: clock.nowIso() };
  await ddb.send(new PutCommand({
    TableName: tableName,
    Item: { ...keys.user(user.id), entity: 'user', ...full },
    ConditionExpression: 'attribute_not_exists(pk)',
  })).catch((e: Error) => { if (e.name !== 'ConditionalCheckFailedException') throw e; });
  return full;
}

/** May this user own a lead in a park with this path? */
export const canOwn = (user: Pick<User, 'role' | 'scopeParkId'>, parkPath: readonly string[]) =>
  user.role !== 'viewer' && (user.scopeParkId === null ? user.role === 'admin' : parkPath.includes(user.scopeParkId));
