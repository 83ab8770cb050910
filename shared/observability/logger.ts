/**
 * One structured JSON logger: English messages, business keys (leadId, parkId…) as fields,
 * one JSON line per entry (what CloudWatch Logs Insights queries). Powertools Logger is the
 * upgrade path when we need sampling or Lambda context injection.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = order[(process.env['LOG_LEVEL']?.toLowerCase() as Level) ?? 'info'] ?? 20;

const serialize = (v: unknown) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v);

function write(level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (order[level] < threshold) return;
  const entry: Record<string, unknown> = { level, message, timestamp: new Date().toISOString() };
  for (const [k, v] of Object.entries(fields)) entry[k] = serialize(v);
  (level === 'error' ? process.stderr : process.stdout).write(`${JSON.stringify(entry)}\n`);
}

export const logger = {
  debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => write('error', m, f),
};
