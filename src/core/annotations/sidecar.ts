// The sidecar file that holds a report's review annotations (report.txt →
// report.txt.annotations.json): stable, pretty JSON that diffs well in git, written
// atomically, never overwritten when it is corrupt or from a newer version, merged when
// it changed on disk since it was read. Tags are the user's work: losing one is the worst bug.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Annotation } from './model';

export const SIDECAR_FORMAT_VERSION = 1;
export const SIDECAR_SCHEMA = 'https://policy-lens.dev/schema/annotations-1.json';
export const SIDECAR_SUFFIX = '.annotations.json';

export interface SidecarData {
  $schema: string;
  formatVersion: number;
  /** The report this file belongs to, relative to the sidecar's folder. */
  document: { path: string; sha256: string };
  annotations: Annotation[];
}

export type SidecarErrorCode = 'corrupt' | 'invalid' | 'future-version' | 'io' | 'would-lose-annotations';

export class SidecarError extends Error {
  constructor(
    message: string,
    readonly code: SidecarErrorCode,
    readonly file: string,
  ) {
    super(message);
    this.name = 'SidecarError';
  }
}

/** Where a report's annotations live: beside it, or under `dir` (relative to the report's folder, or absolute). */
export function sidecarPath(reportPath: string, dir?: string): string {
  const base = path.basename(reportPath) + SIDECAR_SUFFIX;
  if (!dir) return reportPath + SIDECAR_SUFFIX;
  return path.resolve(path.dirname(reportPath), dir, base);
}

/** What was read, so a later save can tell whether the file changed underneath. */
export interface LoadedSidecar {
  file: string;
  data: SidecarData;
  /** sha256 of the bytes read; null when the file did not exist. */
  diskHash: string | null;
  /** A snapshot of the annotations as read: the base of a three-way merge (callers edit `data` in place). */
  base: Annotation[];
}

const hashOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

export function emptySidecar(reportPath: string, file: string, sha256: string): SidecarData {
  return {
    $schema: SIDECAR_SCHEMA,
    formatVersion: SIDECAR_FORMAT_VERSION,
    document: { path: path.relative(path.dirname(file), reportPath) || path.basename(reportPath), sha256 },
    annotations: [],
  };
}

/** Checks the shape well enough that nothing downstream trips on it. */
function validate(data: unknown, file: string): asserts data is SidecarData {
  const fail = (why: string): never => {
    throw new SidecarError(`${file}: not a valid annotations file (${why}); it was left untouched`, 'invalid', file);
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail('not a JSON object');
  const d = data as Record<string, unknown>;
  if (!Array.isArray(d.annotations)) fail('"annotations" is not a list');
  const ids = new Set<string>();
  for (const [i, a] of (d.annotations as unknown[]).entries()) {
    const x = a as Record<string, unknown>;
    if (!x || typeof x !== 'object') fail(`annotation #${i + 1} is not an object`);
    if (typeof x.id !== 'string' || !x.id) fail(`annotation #${i + 1} has no id`);
    if (ids.has(x.id as string)) fail(`annotation id ${String(x.id)} appears twice`);
    ids.add(x.id as string);
    if (typeof x.status !== 'string') fail(`annotation ${String(x.id)} has no status`);
    const anchor = x.anchor as Record<string, unknown> | undefined;
    const quote = anchor?.quote as Record<string, unknown> | undefined;
    const pos = anchor?.position as Record<string, unknown> | undefined;
    if (
      !quote ||
      typeof quote.exact !== 'string' ||
      !pos ||
      typeof pos.start !== 'number' ||
      typeof pos.end !== 'number'
    )
      fail(`annotation ${String(x.id)} has no anchor`);
  }
}

/** Older formats, brought up to date. Version 0 was a bare list of annotations. */
function migrate(raw: unknown): { data: unknown; migrated: boolean } {
  if (Array.isArray(raw)) {
    return {
      data: {
        $schema: SIDECAR_SCHEMA,
        formatVersion: SIDECAR_FORMAT_VERSION,
        document: { path: '', sha256: '' },
        annotations: raw,
      },
      migrated: true,
    };
  }
  return { data: raw, migrated: false };
}

export async function loadSidecar(file: string, reportPath: string, sha256: string): Promise<LoadedSidecar> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      return { file, data: emptySidecar(reportPath, file, sha256), diskHash: null, base: [] };
    throw new SidecarError(`${file}: cannot read (${(err as Error).message})`, 'io', file);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\ufeff/, ''));
  } catch (err) {
    throw new SidecarError(
      `${file}: the annotations file does not parse as JSON (${(err as Error).message}); it was left untouched — fix or move it, then try again`,
      'corrupt',
      file,
    );
  }
  const version =
    !Array.isArray(raw) && raw && typeof raw === 'object' ? (raw as { formatVersion?: unknown }).formatVersion : 0;
  if (typeof version === 'number' && version > SIDECAR_FORMAT_VERSION) {
    throw new SidecarError(
      `${file}: written by a newer Policy Lens (format ${version}, this one reads ${SIDECAR_FORMAT_VERSION}); it was left untouched — update Policy Lens`,
      'future-version',
      file,
    );
  }
  const { data, migrated } = migrate(raw);
  validate(data, file);
  if (migrated) {
    // Keep the old file before anything rewrites it.
    await fs.copyFile(file, `${file}.v${typeof version === 'number' ? version : 0}.bak`);
    data.document = { path: path.relative(path.dirname(file), reportPath), sha256 };
  }
  return { file, data, diskHash: hashOf(bytes), base: structuredClone(data.annotations) };
}

/** Stable, diff-friendly JSON: fixed key order for the known objects, two-space indent. */
export function serializeSidecar(data: SidecarData): string {
  const ordered = {
    $schema: data.$schema,
    formatVersion: data.formatVersion,
    document: { path: data.document.path, sha256: data.document.sha256 },
    annotations: [...data.annotations]
      .sort((a, b) => a.anchor.position.start - b.anchor.position.start || (a.id < b.id ? -1 : 1))
      .map((a) => ({
        id: a.id,
        claimId: a.claimId,
        status: a.status,
        sources: a.sources.map((s) => ({
          ...(s.url ? { url: s.url } : {}),
          ...(s.citation ? { citation: s.citation } : {}),
          ...(s.quote ? { quote: s.quote } : {}),
        })),
        note: a.note,
        author: a.author,
        created: a.created,
        updated: a.updated,
        history: a.history.map((h) => ({ at: h.at, author: h.author, change: h.change })),
        anchor: {
          quote: { exact: a.anchor.quote.exact, prefix: a.anchor.quote.prefix, suffix: a.anchor.quote.suffix },
          position: { start: a.anchor.position.start, end: a.anchor.position.end },
          docSha256: a.anchor.docSha256,
        },
        ...(a.checked ? { checked: { text: a.checked.text, at: a.checked.at } } : {}),
      })),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

export interface Conflict {
  id: string;
  ours: Annotation;
  theirs: Annotation;
}

export interface SaveResult {
  /** Annotations changed on both sides since the file was read: disk's version kept in the file, ours returned here. */
  conflicts: Conflict[];
  /** True when the file had changed on disk and was merged. */
  merged: boolean;
  data: SidecarData;
}

const same = (a: Annotation | undefined, b: Annotation | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge by annotation id. base: what we loaded; ours: what we want to write;
 * theirs: what is on disk now. One-sided changes win; a deletion on one side against an
 * edit on the other keeps the edit; both-sided edits are conflicts (disk's kept, ours reported).
 */
export function mergeAnnotations(
  base: Annotation[],
  ours: Annotation[],
  theirs: Annotation[],
): { merged: Annotation[]; conflicts: Conflict[] } {
  const B = new Map(base.map((a) => [a.id, a]));
  const O = new Map(ours.map((a) => [a.id, a]));
  const T = new Map(theirs.map((a) => [a.id, a]));
  const ids = new Set([...B.keys(), ...O.keys(), ...T.keys()]);
  const merged: Annotation[] = [];
  const conflicts: Conflict[] = [];
  for (const id of ids) {
    const b = B.get(id);
    const o = O.get(id);
    const t = T.get(id);
    if (same(o, t)) {
      if (o) merged.push(o);
    } else if (same(b, t)) {
      if (o) merged.push(o); // only we changed it (or we deleted it: dropped)
    } else if (same(b, o)) {
      if (t) merged.push(t); // only they changed it
    } else if (!o || !t) {
      merged.push((o ?? t)!); // deleted on one side, edited on the other: keep the edit
    } else {
      merged.push(t);
      conflicts.push({ id, ours: o, theirs: t });
    }
  }
  return { merged, conflicts };
}

/**
 * Writes the sidecar atomically (temp file in the same folder, fsync, rename). If the
 * file changed on disk since `loaded` was read, the changes are merged first. Refuses to
 * write fewer annotations than the disk has unless each missing one is in `deleted`.
 */
export async function saveSidecar(
  loaded: LoadedSidecar,
  data: SidecarData,
  opts: { deleted?: Iterable<string> } = {},
): Promise<SaveResult> {
  const file = loaded.file;
  let onDisk: Buffer | null = null;
  try {
    onDisk = await fs.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new SidecarError(`${file}: cannot read (${(err as Error).message})`, 'io', file);
  }
  let result = data;
  let conflicts: Conflict[] = [];
  let merged = false;
  let theirs: Annotation[] = [];
  if (onDisk) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(onDisk.toString('utf8').replace(/^\ufeff/, ''));
    } catch {
      throw new SidecarError(
        `${file}: the annotations file on disk does not parse; not overwriting it`,
        'corrupt',
        file,
      );
    }
    const version =
      !Array.isArray(parsed) && parsed && typeof parsed === 'object'
        ? (parsed as { formatVersion?: unknown }).formatVersion
        : 0;
    if (typeof version === 'number' && version > SIDECAR_FORMAT_VERSION) {
      throw new SidecarError(
        `${file}: written by a newer Policy Lens (format ${version}); not overwriting it`,
        'future-version',
        file,
      );
    }
    const disk = migrate(parsed).data;
    validate(disk, file);
    theirs = disk.annotations;
    if (hashOf(onDisk) !== loaded.diskHash) {
      // Changed since we read it (git pull, a second window): merge against what we read.
      const base = loaded.diskHash === null ? [] : loaded.base;
      const m = mergeAnnotations(base, data.annotations, theirs);
      result = { ...data, annotations: m.merged };
      conflicts = m.conflicts;
      merged = true;
    }
  }
  // Never write fewer annotations than the user has, unless they deleted them.
  const deleted = new Set(opts.deleted ?? []);
  const keep = new Set(result.annotations.map((a) => a.id));
  const lost = theirs.filter((a) => !keep.has(a.id) && !deleted.has(a.id));
  if (lost.length > 0) {
    throw new SidecarError(
      `${file}: refusing to save: ${lost.length} annotation(s) on disk would be lost (${lost.map((a) => a.id).join(', ')})`,
      'would-lose-annotations',
      file,
    );
  }
  const content = serializeSidecar(result);
  await atomicWrite(file, content);
  // What is on disk now is the base of the next save.
  loaded.diskHash = hashOf(content);
  loaded.base = structuredClone(result.annotations);
  if (merged) loaded.data.annotations = result.annotations;
  return { conflicts, merged, data: result };
}

/** Hook for crash tests: called between the steps of an atomic write. */
export const writeSteps: { onStep?: (step: 'temp-written' | 'synced' | 'renamed', tmp: string) => void } = {};

export async function atomicWrite(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    writeSteps.onStep?.('temp-written', tmp);
    await handle.sync();
    writeSteps.onStep?.('synced', tmp);
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new SidecarError(`${file}: cannot write (${(err as Error).message})`, 'io', file);
  }
  writeSteps.onStep?.('renamed', tmp);
}
