/**
 * The expression of every guarded write: SET these attributes, REMOVE those, bump `version` —
 * only if the item still has the version that was read (plus any extra condition).
 */
export function versionedUpdate(args: {
  set: Record<string, unknown>;
  remove?: readonly string[];
  version: number;
  /** Extra condition, ANDed; its placeholders go in names/values. */
  condition?: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}) {
  const names: Record<string, string> = { '#version': 'version', ...args.names };
  const values: Record<string, unknown> = { ':expected': args.version, ':one': 1, ...args.values };
  const sets = Object.entries(args.set)
    .filter(([, v]) => v !== undefined)
    .map(([k, v], i) => { names[`#s${i}`] = k; values[`:s${i}`] = v; return `#s${i} = :s${i}`; });
  const removes = (args.remove ?? []).map((k, i) => { names[`#r${i}`] = k; return `#r${i}`; });
  return {
    UpdateExpression: [
      sets.length ? `SET ${sets.join(', ')}` : '',
      'ADD #version :one',
      removes.length ? `REMOVE ${removes.join(', ')}` : '',
    ].filter(Boolean).join(' '),
    ConditionExpression: ['#version = :expected', args.condition].filter(Boolean).join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
