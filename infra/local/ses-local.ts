import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type StartServer = (config?: { host?: string; port?: number }) => Promise<Server>;

/**
 * The SES v2 emulator (aws-ses-v2-local), in this process: the SESv2 client sends to it, its web
 * view at `/` shows the mail, and `GET /store` returns it as JSON.
 */
export async function startSesLocal(opts: { host?: string; port?: number } = {}): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const mod = (await import('aws-ses-v2-local')) as unknown as { default: StartServer | { default: StartServer } };
  const start = typeof mod.default === 'function' ? mod.default : mod.default.default;
  const host = opts.host ?? '127.0.0.1';
  const server = await start({ host, port: opts.port ?? 8005 });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${host}:${port}`,
    stop: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

export type StoredMail = { messageId: string; from: string; destination: { to: string[] }; subject: string; body: { text?: string }; at: number };

/** The mail the emulator holds (GET /store). */
export async function sentMail(endpoint: string): Promise<StoredMail[]> {
  const res = await fetch(`${endpoint}/store`);
  return ((await res.json()) as { emails: StoredMail[] }).emails;
}
