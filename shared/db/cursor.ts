import { DomainError } from '../errors.ts';

/**
 * Opaque page cursor: base64url of the LastEvaluatedKey. On the way back in it is checked
 * against the partition the query is reading, so a cursor cannot be pointed at other data.
 */
export type Key = Record<string, string>;

export const encodeCursor = (key: Record<string, unknown> | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

export const decodeCursor = (cursor: string | undefined, expect: Key): Key | undefined => {
  if (!cursor) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const ok = key !== null && typeof key === 'object'
    && Object.values(key).every((v) => typeof v === 'string')
    && Object.entries(expect).every(([k, v]) => (key as Key)[k] === v);
  if (!ok) {
    throw new DomainError('request.cursor_invalid', '分页游标无效', [
      { field: 'cursor', message: '分页游标无效或与查询条件不符', code: 'invalid' },
    ]);
  }
  return key as Key;
};
