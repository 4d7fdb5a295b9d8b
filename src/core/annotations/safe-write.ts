// Writing beside a report without trusting the folder it is in: no symbolic link is followed,
// nothing lands outside the report's folder, files are created exclusively, temp files never stay.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { processAlive } from './lock';
import { ioError, SidecarError } from './store-error';

const isInside = (root: string, target: string): boolean => {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

const unsafe = (file: string, why: string): SidecarError =>
  new SidecarError(`${file}: refusing to write: ${why}`, 'unsafe-path', file);

async function nearestExisting(dir: string): Promise<string> {
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      await fs.lstat(d);
      return d;
    } catch {
      if (path.dirname(d) === d) return d;
    }
  }
}

/**
 * Makes sure `file` may be written for the report at `reportPath`: its folder is the report's
 * folder or below it, both lexically and after resolving links, and `file` itself is not a link.
 * Creates the missing folders (for a sidecar directory) once the existing part has been checked.
 */
export async function prepareWritePath(reportPath: string, file: string): Promise<void> {
  const reportDir = path.dirname(path.resolve(reportPath));
  const target = path.resolve(file);
  if (!isInside(reportDir, path.dirname(target)))
    throw unsafe(target, `it is outside the report's folder ${reportDir}`);
  let realRoot: string;
  try {
    realRoot = await fs.realpath(reportDir);
  } catch (err) {
    throw ioError(reportDir, 'resolve the folder', err);
  }
  const checkReal = async (dir: string) => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (err) {
      throw ioError(dir, 'resolve the folder', err);
    }
    if (!isInside(realRoot, real))
      throw unsafe(target, `its folder leads through a symbolic link to ${real}, outside the report's folder`);
  };
  await checkReal(await nearestExisting(path.dirname(target)));
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
  } catch (err) {
    throw ioError(path.dirname(target), 'create the folder', err);
  }
  await checkReal(path.dirname(target));
  await refuseLink(target);
}

/** Refuses a path that is a symbolic link (a dangling one too); a missing path is fine. */
export async function refuseLink(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.lstat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw ioError(file, 'inspect', err);
  }
  if (stat.isSymbolicLink()) throw unsafe(file, 'it is a symbolic link');
  if (!stat.isFile()) throw unsafe(file, 'it is not a regular file');
}

/** Creates `file` with `content`, failing if anything (a file, a link) is already there. Returns false on EEXIST. */
export async function createExclusive(file: string, content: string | Uint8Array): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(file, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw ioError(file, 'create', err);
  }
  try {
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(file, { force: true });
    throw ioError(file, 'write', err);
  }
  return true;
}

/** A backup beside `file` (`file.v0.bak`, else `file.v0.1.bak` …), never overwriting anything. Returns its path. */
export async function writeBackup(file: string, tag: string, content: Uint8Array): Promise<string> {
  for (let n = 0; n < 100; n++) {
    const name = n === 0 ? `${file}.${tag}.bak` : `${file}.${tag}.${n}.bak`;
    if (await createExclusive(name, content)) return name;
  }
  throw new SidecarError(`${file}: cannot create a backup: 100 backups already exist`, 'io', file);
}

/** Hook for crash tests: called between the steps of an atomic write. */
export const writeSteps: { onStep?: (step: 'temp-written' | 'synced' | 'renamed', tmp: string) => void } = {};

export const TEMP_PATTERN = (base: string): RegExp =>
  new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);

/**
 * Writes `content` to a fresh temp file beside `file` and renames it over `file`. `beforeRename`
 * runs last and may veto (returns false): the temp file is removed and nothing changes. The temp
 * file is removed on every failure path, so a full disk is not filled further by a partial one.
 */
export async function atomicReplace(
  file: string,
  content: string,
  beforeRename: () => Promise<boolean> = () => Promise.resolve(true),
): Promise<boolean> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await fs.open(tmp, 'wx', 0o644);
  } catch (err) {
    throw ioError(file, 'write (creating a temporary file failed)', err);
  }
  let renamed = false;
  try {
    try {
      await handle.writeFile(content, 'utf8');
      writeSteps.onStep?.('temp-written', tmp);
      await handle.sync();
      writeSteps.onStep?.('synced', tmp);
    } finally {
      await handle.close();
    }
    await refuseLink(file);
    if (!(await beforeRename())) return false;
    await fs.rename(tmp, file);
    renamed = true;
    writeSteps.onStep?.('renamed', tmp);
    return true;
  } catch (err) {
    throw ioError(file, 'write', err);
  } finally {
    if (!renamed) await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}

const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Removes temp files an earlier, crashed write left beside `file`: only regular files with our
 * exact name pattern whose process is gone (or that are over an hour old). Returns how many.
 */
export async function removeStaleTemps(file: string, now = Date.now()): Promise<number> {
  const dir = path.dirname(file);
  const pattern = TEMP_PATTERN(path.basename(file));
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    const full = path.join(dir, name);
    try {
      const stat = await fs.lstat(full);
      if (!stat.isFile()) continue;
      const orphan = (pid !== process.pid && !processAlive(pid)) || now - stat.mtimeMs > STALE_TEMP_MS;
      if (!orphan) continue;
      await fs.unlink(full);
      removed++;
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}
