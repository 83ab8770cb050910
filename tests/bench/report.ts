import { cpus } from 'node:os';
import type { Bundle } from './bundle.ts';
import type { ColdStart } from './cold-start.ts';
import type { RequestBench } from './requests.ts';
import { kb, ms, ratio, type Summary } from './stats.ts';

export type Machine = { node: string; cpu: string; cores: number; date: string };

export const machine = (): Machine => ({
  node: process.version,
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: cpus().length,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
});

export type Report = {
  machine: Machine;
  bundles: { api: Bundle; floor: Bundle };
  cold: { api: ColdStart; floor: ColdStart; runs: number };
  requests: RequestBench;
  settings: { leads: number; requests: number; warmup: number };
  totalSeconds: number;
};

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function bundleTable({ bundles: { api, floor }, cold }: Report): string[] {
  const timing = (label: string, pick: (c: ColdStart) => Summary, p: 'p50' | 'p90') =>
    row([label, `${ms(pick(cold.api)[p])} ms`, `${ms(pick(cold.floor)[p])} ms`, ratio(pick(cold.api)[p], pick(cold.floor)[p])]);
  return [
    row(['Bundle and cold start (Node 24)', 'API (`functions/api/handler.ts`)', 'Floor (hono + DynamoDB client)', 'API / floor']),
    row(['---', '---:', '---:', '---:']),
    row(['Minified ESM', kb(api.bytes), kb(floor.bytes), ratio(api.bytes, floor.bytes)]),
    row(['gzip', kb(api.gzipBytes), kb(floor.gzipBytes), ratio(api.gzipBytes, floor.gzipBytes)]),
    timing(`Cold \`import()\`, median of ${cold.runs}`, (c) => c.importMs, 'p50'),
    timing('Cold `import()`, p90', (c) => c.importMs, 'p90'),
    timing('Process start → handler loaded, median', (c) => c.readyMs, 'p50'),
    timing('Process wall time (spawn → exit), median', (c) => c.wallMs, 'p50'),
    timing('Process wall time (spawn → exit), p90', (c) => c.wallMs, 'p90'),
  ];
}

function requestTable({ requests: { results, baseline } }: Report): string[] {
  return [
    row(['Request (local server, DynamoDB Local in memory)', 'p50', 'p99', 'req/s', 'DynamoDB calls/req', 'p50 / raw GetItem']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    ...results.map((r) => row([
      r.name, `${ms(r.summary.p50)} ms`, `${ms(r.summary.p99)} ms`, r.throughput.toFixed(0),
      String(Number(r.ddbCalls.toFixed(2))), ratio(r.summary.p50, baseline.summary.p50),
    ])),
  ];
}

/** The README section: one line of context, then the two tables. */
export function toMarkdown(report: Report): string {
  const { machine: m, settings: s, requests: { world } } = report;
  const seeded = ((world.setupMs + world.leadsMs) / 1000).toFixed(1);
  return [
    '## Benchmarks',
    '',
    `\`npm run bench\` · Node ${m.node} · ${m.cpu}, ${m.cores} cores · ${m.date} · `
      + `${s.leads} leads in 5 parks of one zone (seeded through \`createLead\` in ${seeded} s) · `
      + `${s.requests} requests per row after ${s.warmup} warm-up, one client in the server's process, `
      + `sequential unless marked · whole run ${report.totalSeconds.toFixed(0)} s`,
    '',
    ...bundleTable(report),
    '',
    ...requestTable(report),
    '',
  ].join('\n');
}
