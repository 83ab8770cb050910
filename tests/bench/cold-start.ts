import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { summarize, type Summary } from './stats.ts';

export type ColdStart = { name: string; importMs: Summary; readyMs: Summary; wallMs: Summary };

/**
 * The child: time `await import(bundle)` with performance.now() (relative to process start),
 * print it as JSON and exit. `readyMs` is process start → handler module loaded.
 */
const CHILD_SCRIPT = [
  'const t0 = performance.now();',
  'await import(process.argv[1]);',
  'const t1 = performance.now();',
  'process.stdout.write(JSON.stringify({ importMs: t1 - t0, readyMs: t1 }));',
].join(' ');

/** The Lambda's environment as far as module init is concerned (NODE_OPTIONS is a flag here). */
const childEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env['PATH'] ?? '',
  TABLE_NAME: 'park-crm-bench',
  AWS_REGION: 'cn-north-1',
  LOCAL_JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  LOG_LEVEL: 'info',
});

type Sample = { importMs: number; readyMs: number; wallMs: number };

function importOnce(file: string): Sample {
  const started = performance.now();
  const out = spawnSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', CHILD_SCRIPT, pathToFileURL(file).href], {
    env: childEnv(),
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (out.status !== 0) throw new Error(`importing ${file} failed (${out.status}):\n${out.stderr}`);
  const { importMs, readyMs } = JSON.parse(out.stdout) as { importMs: number; readyMs: number };
  return { importMs, readyMs, wallMs };
}

/**
 * Import each bundle in a fresh `node` process `runs` times, after `warmups` discarded runs
 * (disk cache). Bundles are interleaved so drift on the machine hits them equally.
 */
export function measureColdStarts(bundles: ReadonlyArray<{ name: string; file: string }>, runs: number, warmups = 2): ColdStart[] {
  const samples = bundles.map(() => [] as Sample[]);
  for (let i = 0; i < warmups + runs; i++) {
    bundles.forEach((b, j) => {
      const sample = importOnce(b.file);
      if (i >= warmups) samples[j]!.push(sample);
    });
  }
  return bundles.map((b, j) => ({
    name: b.name,
    importMs: summarize(samples[j]!.map((s) => s.importMs)),
    readyMs: summarize(samples[j]!.map((s) => s.readyMs)),
    wallMs: summarize(samples[j]!.map((s) => s.wallMs)),
  }));
}
