// The real language server (dist/server.js, built by `npm run build`) driven over stdio as VS Code
// drives it, with every notification it sends recorded: for tests of what goes over the wire.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { ROOT } from './paths';

export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface Received {
  method: string;
  params: { uri?: string; version?: number } & Record<string, unknown>;
}

export interface ServerSession {
  conn: MessageConnection;
  /** Every notification received so far, in order. */
  received: Received[];
  /** Resolves with the first notification from now on that `accept` takes. */
  next(accept: (n: Received) => boolean, timeoutMs?: number): Promise<Received>;
  close(): Promise<void>;
}

/** Starts the server, answers its settings requests with `settings`, and initialises it. */
export async function startServer(settings: Record<string, unknown> = {}): Promise<ServerSession> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\``);
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const received: Received[] = [];
  const waiters: Array<{ accept: (n: Received) => boolean; resolve: (n: Received) => void }> = [];
  conn.onNotification((method, params) => {
    const n = { method, params: params as Received['params'] };
    received.push(n);
    for (const w of [...waiters])
      if (w.accept(n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(n);
      }
  });
  conn.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
  });
  await conn.sendNotification('initialized', {});
  return {
    conn,
    received,
    next: (accept, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no such notification within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          accept,
          resolve: (n) => {
            clearTimeout(timer);
            resolve(n);
          },
        });
      }),
    close: async () => {
      conn.dispose();
      child.kill();
      await new Promise((r) => child.once('exit', r));
    },
  };
}
