// An advisory lock file beside a sidecar (`<sidecar>.lock`), so the CLI and the editor write one
// at a time. A lock whose process is gone, or that is older than any write takes, is broken safely.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import { randomBytes } from 'node:crypto';
import { fsCause, ioError, SidecarError } from './store-error';

export interface LockOptions {
  /** How long to wait for another writer before failing. */
  timeoutMs?: number;
  /** A lock older than this is stale whatever its process (a write takes milliseconds). */
  staleMs?: number;
}

interface LockOwner {
  pid: number;
  host: string;
  nonce: string;
  created: string;
}

export interface HeldLock {
  path: string;
  /** Throws unless this process still holds the lock (a stale-lock breaker could have taken it). */
  verify(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether a process of this machine still runs (EPERM: it does, owned by someone else). */
export const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.nonce === 'string')
      return { pid: o.pid, host: o.host, nonce: o.nonce, created: String(o.created ?? '') };
  } catch {
    // half-written or foreign: judged by its age
  }
  return null;
}

async function readLock(lockPath: string): Promise<{ text: string; mtimeMs: number } | null> {
  try {
    const stat = await fs.lstat(lockPath);
    if (!stat.isFile()) return { text: '', mtimeMs: stat.mtimeMs };
    return { text: await fs.readFile(lockPath, 'utf8'), mtimeMs: stat.mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioError(lockPath, 'read the lock', err);
  }
}

function isStale(text: string, mtimeMs: number, staleMs: number, now: number): boolean {
  if (now - mtimeMs > staleMs) return true;
  const owner = parseOwner(text);
  if (!owner) return now - mtimeMs > 2000; // a lock being written right now has no content yet
  return owner.host === os.hostname() && owner.pid !== process.pid && !processAlive(owner.pid);
}

/**
 * Breaks a stale lock without ever removing a fresh one: the lock is moved aside, and only if
 * what was moved is the lock judged stale is it deleted; otherwise it is put back.
 */
async function breakStale(lockPath: string, judged: string): Promise<void> {
  const aside = `${lockPath}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return; // someone else broke or released it
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => '');
  if (moved !== judged) await fs.link(aside, lockPath).catch(() => undefined);
  await fs.rm(aside, { force: true });
}

/** Runs `fn` holding the lock of `file`. */
export async function withFileLock<T>(
  file: string,
  fn: (lock: HeldLock) => Promise<T>,
  opts: LockOptions = {},
): Promise<T> {
  const lockPath = `${file}.lock`;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const staleMs = opts.staleMs ?? 60_000;
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    nonce: randomBytes(8).toString('hex'),
    created: new Date().toISOString(),
  };
  const mine = JSON.stringify(owner);
  const deadline = Date.now() + timeoutMs;
  let holder = '';
  for (let attempt = 0; ; attempt++) {
    let handle;
    try {
      handle = await fs.open(lockPath, 'wx', 0o644);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(lockPath, 'create the lock file', err);
    }
    if (handle) {
      try {
        await handle.writeFile(mine);
      } catch (err) {
        await handle.close().catch(() => undefined);
        await fs.rm(lockPath, { force: true });
        throw ioError(lockPath, 'write the lock file', err);
      }
      await handle.close();
      break;
    }
    const seen = await readLock(lockPath);
    if (seen && isStale(seen.text, seen.mtimeMs, staleMs, Date.now())) {
      await breakStale(lockPath, seen.text);
      continue;
    }
    holder = seen?.text ?? holder;
    if (Date.now() > deadline) {
      const who = parseOwner(holder);
      throw new SidecarError(
        `${file}: busy: another writer holds ${lockPath}${who ? ` (process ${who.pid} on ${who.host} since ${who.created})` : ''}; try again, or delete the lock file if no Policy Lens is running`,
        'locked',
        file,
      );
    }
    await sleep(5 + Math.floor(Math.random() * Math.min(100, 10 + attempt * 5)));
  }
  const lock: HeldLock = {
    path: lockPath,
    verify: async () => {
      const now = await readLock(lockPath);
      if (now?.text !== mine)
        throw new SidecarError(`${file}: lost the lock ${lockPath} while writing; nothing was written`, 'locked', file);
    },
  };
  try {
    return await fn(lock);
  } finally {
    const now = await readLock(lockPath).catch(() => null);
    if (now?.text === mine)
      await fs.unlink(lockPath).catch((err: unknown) => {
        throw new SidecarError(`${lockPath}: cannot remove the lock: ${fsCause(err)}`, 'io', lockPath);
      });
  }
}
