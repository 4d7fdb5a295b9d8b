// The source documents linked to a whole report (the sidecar's `sources` list): paths kept relative to the
// report's folder, so the link survives moving the project and the CLI resolves it without a workspace.
import * as path from 'node:path';

export interface LinkedSource {
  /** The source file, relative to the report's folder, with '/' separators. */
  file: string;
  /** When it was linked (ISO date-time). */
  linked?: string;
  /** Who linked it. */
  author?: string;
}

/** How a report's sidecar names `absolute`: relative to the report's folder, '/'-separated. */
export function linkedSourcePath(reportPath: string, absolute: string): string {
  const rel = path.relative(path.dirname(reportPath), absolute);
  if (!rel || path.isAbsolute(rel)) return absolute.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

/** The absolute path of a linked source of `reportPath`. */
export function resolveLinkedSource(reportPath: string, file: string): string {
  return path.resolve(path.dirname(reportPath), file.split('/').join(path.sep));
}

const key = (file: string) => file.normalize('NFC');

/** The list with `entry` linked (a file already linked keeps its entry). */
export function withLinkedSource(list: readonly LinkedSource[], entry: LinkedSource): LinkedSource[] {
  if (!entry.file.trim()) throw new Error('a linked source needs a file path');
  if (list.some((s) => key(s.file) === key(entry.file))) return [...list];
  return [...list, entry];
}

/** The list without `file`. */
export function withoutLinkedSource(list: readonly LinkedSource[], file: string): LinkedSource[] {
  return list.filter((s) => key(s.file) !== key(file));
}

/**
 * Three-way merge by file: a link added on either side is kept, a link removed on one side (and
 * left alone on the other) is removed. Ours come first in their order, then the other side's additions.
 */
export function mergeLinkedSources(
  base: readonly LinkedSource[],
  ours: readonly LinkedSource[],
  theirs: readonly LinkedSource[],
): LinkedSource[] {
  const inBase = new Set(base.map((s) => key(s.file)));
  const inOurs = new Set(ours.map((s) => key(s.file)));
  const inTheirs = new Set(theirs.map((s) => key(s.file)));
  const keep = (k: string) => {
    const b = inBase.has(k);
    const o = inOurs.has(k);
    const t = inTheirs.has(k);
    if (o === t) return o;
    return b ? o && t : o || t;
  };
  const out: LinkedSource[] = [];
  const seen = new Set<string>();
  for (const s of [...ours, ...theirs]) {
    const k = key(s.file);
    if (seen.has(k) || !keep(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}
