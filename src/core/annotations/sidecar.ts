// The sidecar file that holds a report's review annotations (report.txt →
// report.txt.annotations.json): stable, pretty JSON that diffs well in git, written
// atomically under a lock, never overwritten when it is corrupt or of a version it does not
// understand, merged when it changed on disk since it was read, never through a symbolic link
// or outside the report's folder. Tags are the user's work: losing one is the worst bug.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import type { Annotation } from './model';
import { mergeLinkedSources, type LinkedSource } from './linked-sources';
import { withFileLock, type LockOptions } from './lock';
import { atomicReplace, prepareWritePath, removeStaleTemps, writeBackup } from './safe-write';
import { sidecarSchemaProblem } from './sidecar-schema';
import { ioError, SidecarError } from './store-error';

export const SIDECAR_FORMAT_VERSION = 1;
export const SIDECAR_SCHEMA = 'https://policy-lens.dev/schema/annotations-1.json';
export const SIDECAR_SUFFIX = '.annotations.json';

export interface SidecarData {
  $schema: string;
  formatVersion: number;
  /** The report this file belongs to, relative to the sidecar's folder. */
  document: { path: string; sha256: string };
  /** Source documents linked to the whole report (absent in files that never had one). */
  sources?: LinkedSource[];
  annotations: Annotation[];
}

export { SidecarError, type SidecarErrorCode } from './store-error';

/** Where a report's annotations live: beside it, or under `dir` (relative to the report's folder, or absolute). */
export function sidecarPath(reportPath: string, dir?: string): string {
  const base = path.basename(reportPath) + SIDECAR_SUFFIX;
  if (!dir) return reportPath + SIDECAR_SUFFIX;
  return path.resolve(path.dirname(reportPath), dir, base);
}

/** What was read, so a later save can tell whether the file changed underneath. */
export interface LoadedSidecar {
  file: string;
  /** The report the sidecar belongs to: writes stay inside its folder. */
  reportPath: string;
  data: SidecarData;
  /** sha256 of the bytes read; null when the file did not exist. */
  diskHash: string | null;
  /** A snapshot of the annotations as read: the base of a three-way merge (callers edit `data` in place). */
  base: Annotation[];
  /** The report-wide sources as read: the base of their three-way merge. */
  baseSources?: LinkedSource[];
  /** The original bytes of a migrated older format, backed up beside the file before the first write. */
  backup: { tag: string; bytes: Buffer } | null;
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

/** Checks the file against the shipped schema, plus what a schema cannot say (unique ids). */
function validate(data: unknown, file: string): asserts data is SidecarData {
  const fail = (why: string): never => {
    throw new SidecarError(`${file}: not a valid annotations file (${why}); it was left untouched`, 'invalid', file);
  };
  const problem = sidecarSchemaProblem(data);
  if (problem) fail(problem);
  const ids = new Set<string>();
  for (const a of (data as SidecarData).annotations) {
    if (ids.has(a.id)) fail(`annotation id ${a.id} appears twice`);
    ids.add(a.id);
  }
}

/** The format a parsed file declares: 0 for the bare list of version 0, else its formatVersion as found. */
function declaredVersion(raw: unknown): unknown {
  if (Array.isArray(raw)) return 0;
  if (raw && typeof raw === 'object') return (raw as { formatVersion?: unknown }).formatVersion;
  return undefined;
}

/**
 * Brings a parsed file to the current format. Version 0 (a bare list) is migrated; version 1 is
 * read as is; anything else (a newer version, "2", null, a negative number, none) is not one this
 * Policy Lens understands, so the file is reported and never rewritten.
 */
function upgrade(raw: unknown, file: string): { data: SidecarData; migrated: boolean } {
  const version = declaredVersion(raw);
  if (Array.isArray(raw)) {
    const data = {
      $schema: SIDECAR_SCHEMA,
      formatVersion: SIDECAR_FORMAT_VERSION,
      document: { path: '', sha256: '' },
      annotations: raw as unknown,
    };
    validate(data, file);
    return { data, migrated: true };
  }
  if (!raw || typeof raw !== 'object')
    throw new SidecarError(
      `${file}: not a valid annotations file (not a JSON object); it was left untouched`,
      'invalid',
      file,
    );
  if (version !== SIDECAR_FORMAT_VERSION) {
    const newer = typeof version === 'number' && Number.isInteger(version) && version > SIDECAR_FORMAT_VERSION;
    throw new SidecarError(
      newer
        ? `${file}: written by a newer Policy Lens (format ${version}, this one reads ${SIDECAR_FORMAT_VERSION}); it was left untouched — update Policy Lens`
        : `${file}: unknown annotations format ${version === undefined ? '(no formatVersion)' : JSON.stringify(version)} (this Policy Lens reads ${SIDECAR_FORMAT_VERSION}); it was left untouched`,
      'future-version',
      file,
    );
  }
  validate(raw, file);
  return { data: raw, migrated: false };
}

function parseSidecar(bytes: Buffer, file: string, onDisk = ''): unknown {
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\ufeff/, ''));
  } catch (err) {
    throw new SidecarError(
      `${file}: the annotations file${onDisk} does not parse as JSON (${(err as Error).message}); it was left untouched — fix or move it, then try again`,
      'corrupt',
      file,
    );
  }
}

/** Reads a sidecar without following a link and without writing anything (a migration is written on the next save). */
async function readSidecarBytes(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.lstat(file);
    if (stat.isSymbolicLink())
      throw new SidecarError(`${file}: refusing to read: it is a symbolic link`, 'unsafe-path', file);
    return await fs.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioError(file, 'read', err);
  }
}

export async function loadSidecar(file: string, reportPath: string, sha256: string): Promise<LoadedSidecar> {
  const bytes = await readSidecarBytes(file);
  if (!bytes)
    return { file, reportPath, data: emptySidecar(reportPath, file, sha256), diskHash: null, base: [], backup: null };
  const { data, migrated } = upgrade(parseSidecar(bytes, file), file);
  if (migrated) data.document = { path: path.relative(path.dirname(file), reportPath), sha256 };
  return {
    file,
    reportPath,
    data,
    diskHash: hashOf(bytes),
    base: structuredClone(data.annotations),
    baseSources: structuredClone(data.sources ?? []),
    backup: migrated ? { tag: 'v0', bytes } : null,
  };
}

/** Known keys first in a fixed order, then any fields a newer or other tool added, untouched. */
function withExtras(known: Record<string, unknown>, original: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...known };
  for (const [k, v] of Object.entries(original)) if (!(k in known)) out[k] = v;
  return out;
}

/** Stable, diff-friendly JSON: fixed key order for the known objects, unknown fields kept after them. */
export function serializeSidecar(data: SidecarData): string {
  const ordered = withExtras(
    {
      $schema: data.$schema,
      formatVersion: data.formatVersion,
      document: withExtras({ path: data.document.path, sha256: data.document.sha256 }, data.document),
      ...(data.sources
        ? {
            sources: data.sources.map((s) =>
              withExtras(
                { file: s.file, ...(s.linked ? { linked: s.linked } : {}), ...(s.author ? { author: s.author } : {}) },
                s,
              ),
            ),
          }
        : {}),
      annotations: [...data.annotations]
        .sort((a, b) => a.anchor.position.start - b.anchor.position.start || (a.id < b.id ? -1 : 1))
        .map((a) =>
          withExtras(
            {
              id: a.id,
              claimId: a.claimId,
              status: a.status,
              sources: a.sources.map((s) =>
                withExtras(
                  {
                    ...(s.url ? { url: s.url } : {}),
                    ...(s.citation ? { citation: s.citation } : {}),
                    ...(s.quote ? { quote: s.quote } : {}),
                    ...(s.file ? { file: s.file } : {}),
                    ...(s.line !== undefined ? { line: s.line } : {}),
                  },
                  s,
                ),
              ),
              note: a.note,
              author: a.author,
              created: a.created,
              updated: a.updated,
              history: a.history.map((h) => withExtras({ at: h.at, author: h.author, change: h.change }, h)),
              anchor: withExtras(
                {
                  quote: withExtras(
                    {
                      exact: a.anchor.quote.exact,
                      prefix: a.anchor.quote.prefix,
                      suffix: a.anchor.quote.suffix,
                      ...(a.anchor.quote.repeated ? { repeated: true } : {}),
                    },
                    a.anchor.quote,
                  ),
                  position: withExtras(
                    { start: a.anchor.position.start, end: a.anchor.position.end },
                    a.anchor.position,
                  ),
                  docSha256: a.anchor.docSha256,
                },
                a.anchor,
              ),
            },
            a,
          ),
        ),
    },
    data,
  );
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

const MAX_WRITE_ATTEMPTS = 8;

/**
 * Writes the sidecar: under its lock, re-reads the file and merges what changed on disk since
 * `loaded` was read, then writes a temp file and renames it into place only if the file is still
 * what was merged against (else merges again). Refuses to write fewer annotations than the disk
 * has unless each missing one is in `deleted`. The first write of a migrated file backs it up.
 */
export async function saveSidecar(
  loaded: LoadedSidecar,
  data: SidecarData,
  opts: { deleted?: Iterable<string>; lock?: LockOptions } = {},
): Promise<SaveResult> {
  const file = loaded.file;
  await prepareWritePath(loaded.reportPath, file);
  const deleted = new Set(opts.deleted ?? []);
  return withFileLock(
    file,
    async (lock) => {
      await removeStaleTemps(file);
      for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
        const onDisk = await readSidecarBytes(file);
        const diskHash = onDisk ? hashOf(onDisk) : null;
        let result = data;
        let conflicts: Conflict[] = [];
        let merged = false;
        let theirs: Annotation[] = [];
        if (onDisk) {
          const disk = upgrade(parseSidecar(onDisk, file, ' on disk'), file).data;
          theirs = disk.annotations;
          if (diskHash !== loaded.diskHash) {
            // Changed since we read it (git pull, another writer): merge against what we read.
            const base = loaded.diskHash === null ? [] : loaded.base;
            const m = mergeAnnotations(base, data.annotations, theirs);
            const sources = mergeLinkedSources(
              loaded.diskHash === null ? [] : (loaded.baseSources ?? []),
              data.sources ?? [],
              disk.sources ?? [],
            );
            result = {
              ...data,
              annotations: m.merged,
              ...(data.sources || disk.sources ? { sources } : {}),
            };
            conflicts = m.conflicts;
            merged = true;
          }
        }
        // Never write fewer annotations than the user has, unless they deleted them.
        const keep = new Set(result.annotations.map((a) => a.id));
        const lost = theirs.filter((a) => !keep.has(a.id) && !deleted.has(a.id));
        if (lost.length > 0) {
          throw new SidecarError(
            `${file}: refusing to save: ${lost.length} annotation(s) on disk would be lost (${lost.map((a) => a.id).join(', ')})`,
            'would-lose-annotations',
            file,
          );
        }
        if (loaded.backup && onDisk && diskHash === loaded.diskHash) {
          await writeBackup(file, loaded.backup.tag, loaded.backup.bytes);
          loaded.backup = null;
        }
        const content = serializeSidecar(result);
        const written = await atomicReplace(file, content, async () => {
          await lock.verify();
          const now = await readSidecarBytes(file);
          return (now ? hashOf(now) : null) === diskHash;
        });
        if (!written) continue; // changed under us by a writer that takes no lock: merge again
        // What is on disk now is the base of the next save.
        loaded.diskHash = hashOf(content);
        loaded.base = structuredClone(result.annotations);
        loaded.baseSources = structuredClone(result.sources ?? []);
        if (merged) {
          loaded.data.annotations = result.annotations;
          if (result.sources) loaded.data.sources = result.sources;
        }
        return { conflicts, merged, data: result };
      }
      throw new SidecarError(
        `${file}: the file kept changing while saving (${MAX_WRITE_ATTEMPTS} attempts); nothing was written — try again`,
        'changed-while-writing',
        file,
      );
    },
    opts.lock,
  );
}

export { writeSteps } from './safe-write';

/** Replaces `file` atomically (temp file in the same folder, fsync, rename), temp removed on failure. */
export async function atomicWrite(file: string, content: string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
  } catch (err) {
    throw ioError(path.dirname(file), 'create the folder', err);
  }
  await atomicReplace(file, content);
}
