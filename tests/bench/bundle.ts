import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export type Bundle = { name: string; file: string; bytes: number; gzipBytes: number; buildMs: number };

/** Same text as `requireShim` in infra/constructs/crm-function.ts (not exported there). */
const requireShim =
  "import { createRequire as __crmCreateRequire } from 'node:module'; const require = __crmCreateRequire(import.meta.url);";

/**
 * Bundle an entry the way the CDK construct does (NodejsFunction with `defaultBundling`):
 * `esbuild --bundle --platform=node --target=node24 --format=esm --minify --sourcemap
 * --sources-content=false --main-fields=module,main --banner:js=<shim> --outfile=index.mjs`,
 * nothing external.
 */
export async function bundle(opts: { name: string; entry: string; repoRoot: string; outDir: string }): Promise<Bundle> {
  const file = join(opts.outDir, opts.name, 'index.mjs');
  const started = performance.now();
  await build({
    absWorkingDir: opts.repoRoot,
    entryPoints: [opts.entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    mainFields: ['module', 'main'],
    banner: { js: requireShim },
    external: [],
    logLevel: 'warning',
  });
  const buildMs = performance.now() - started;
  return { name: opts.name, file, bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length, buildMs };
}
