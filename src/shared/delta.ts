// Analysis deltas: what changed between two analyses of one document, as one splice per list
// (metrics, claims, headings). An edit changes the blocks it touched; everything before them
// is kept as is, everything after them is kept and moved by the edit's length and line count.
// Pure logic, shared by the server (diff) and the client (apply).
import type { Claim, Heading, Metric, TextRange } from '../core/types';
import type { AnalysisView } from './protocol';

/** How far the kept tail moved: UTF-16 code units and lines. */
export interface Shift {
  offset: number;
  line: number;
}

/** A kept tail item whose id changed (ids count repeated sentences, so an edit can renumber later ones). */
export interface Rename {
  /** Index in the new list. */
  at: number;
  id: string;
  /** Claims only: the claim's metric ids, when they changed. */
  metricIds?: string[];
}

export interface ListSplice<T> {
  /** Items kept unchanged from the start of the old list. */
  head: number;
  /** Items kept from the end of the old list, moved by the shift. */
  tail: number;
  /** The new items between head and tail. */
  insert: T[];
  renames: Rename[];
}

export interface AnalysisDelta {
  shift: Shift;
  metrics: ListSplice<Metric>;
  claims: ListSplice<Claim>;
  headings: ListSplice<Heading>;
  lang: AnalysisView['lang'];
  segmented: boolean;
}

const sameRange = (a: TextRange, b: TextRange, by: number) => a.start + by === b.start && a.end + by === b.end;

function sameMetric(a: Metric, b: Metric, s: Shift): boolean {
  return (
    sameRange(a.range, b.range, s.offset) &&
    a.line + s.line === b.line &&
    a.text === b.text &&
    Object.is(a.value, b.value) &&
    a.unit === b.unit &&
    a.kind === b.kind &&
    a.approx === b.approx &&
    a.subject === b.subject &&
    (a.change === b.change ||
      (a.change !== null &&
        b.change !== null &&
        a.change.direction === b.change.direction &&
        a.change.basis === b.change.basis))
  );
}

const sameStrings = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function sameClaim(a: Claim, b: Claim, s: Shift): boolean {
  return (
    sameRange(a.range, b.range, s.offset) && a.text === b.text && a.score === b.score && sameStrings(a.types, b.types)
  );
}

function sameHeading(a: Heading, b: Heading, s: Shift): boolean {
  return sameRange(a.range, b.range, s.offset) && a.line + s.line === b.line && a.text === b.text;
}

const NO_SHIFT: Shift = { offset: 0, line: 0 };

/**
 * One list's splice. `same` compares everything but ids; `rename` says how b's ids differ
 * from a's (null: they do not). The head must match ids too; the tail may be renamed.
 */
function spliceOf<T>(
  old: readonly T[],
  next: readonly T[],
  shift: Shift,
  same: (a: T, b: T, s: Shift) => boolean,
  rename: (a: T, b: T) => Omit<Rename, 'at'> | null,
): ListSplice<T> {
  const limit = Math.min(old.length, next.length);
  let head = 0;
  // the analyser hands back the very objects of blocks that did not move: those compare at once
  while (
    head < limit &&
    (old[head] === next[head] || (same(old[head], next[head], NO_SHIFT) && !rename(old[head], next[head])))
  )
    head++;
  let tail = 0;
  while (tail < limit - head && same(old[old.length - 1 - tail], next[next.length - 1 - tail], shift)) tail++;
  const renames: Rename[] = [];
  for (let i = next.length - tail; i < next.length; i++) {
    const r = rename(old[i - next.length + old.length], next[i]);
    if (r) renames.push({ at: i, ...r });
  }
  return { head, tail, insert: next.slice(head, next.length - tail), renames };
}

const renameMetric = (a: Metric, b: Metric) => (a.id === b.id ? null : { id: b.id });
const renameClaim = (a: Claim, b: Claim) =>
  a.id === b.id && sameStrings(a.metricIds, b.metricIds)
    ? null
    : { id: b.id, ...(sameStrings(a.metricIds, b.metricIds) ? {} : { metricIds: b.metricIds }) };
const renameNothing = () => null;

/** The delta from `old` to `next`, given how much the document grew (offset) and by how many lines. */
export function diffAnalysis(old: AnalysisView, next: AnalysisView, shift: Shift): AnalysisDelta {
  return {
    shift,
    metrics: spliceOf(old.metrics, next.metrics, shift, sameMetric, renameMetric),
    claims: spliceOf(old.claims, next.claims, shift, sameClaim, renameClaim),
    headings: spliceOf(old.headings, next.headings, shift, sameHeading, renameNothing),
    lang: next.lang,
    segmented: next.segmented,
  };
}

function applySplice<T extends { range: TextRange }>(
  old: readonly T[],
  splice: ListSplice<T>,
  move: (x: T) => T,
  rename: (x: T, r: Rename) => T,
): T[] {
  if (splice.head + splice.tail > old.length)
    throw new Error(`delta does not fit: keeps ${splice.head}+${splice.tail} of ${old.length} items`);
  const out = old.slice(0, splice.head);
  // a loop, not push(...): a list can hold more items than a call has room for arguments
  for (const x of splice.insert) out.push(x);
  for (let i = old.length - splice.tail; i < old.length; i++) out.push(move(old[i]));
  for (const r of splice.renames) out[r.at] = rename(out[r.at], r);
  return out;
}

/** The new analysis, from the old one and the delta that led from it. */
export function applyDelta(old: AnalysisView, delta: AnalysisDelta): AnalysisView {
  const { offset, line } = delta.shift;
  const range = (r: TextRange) => ({ start: r.start + offset, end: r.end + offset });
  return {
    metrics: applySplice(
      old.metrics,
      delta.metrics,
      (m) => ({ ...m, range: range(m.range), line: m.line + line }),
      (m, r) => ({ ...m, id: r.id }),
    ),
    claims: applySplice(
      old.claims,
      delta.claims,
      (c) => ({ ...c, range: range(c.range) }),
      (c, r) => ({ ...c, id: r.id, metricIds: r.metricIds ?? c.metricIds }),
    ),
    headings: applySplice(
      old.headings,
      delta.headings,
      (h) => ({ ...h, range: range(h.range), line: h.line + line }),
      (h) => h,
    ),
    lang: delta.lang,
    segmented: delta.segmented,
  };
}

/** The first index at or after `from` whose item starts at or after `offset` (lists are in document order). */
function indexAt<T extends { range: TextRange }>(list: readonly T[], from: number, offset: number): number {
  let i = from;
  while (i < list.length && list[i].range.start < offset) i++;
  return i;
}

/** How far the steps of one list have gone: new items sent, and the first old item still kept. */
interface Progress {
  sent: number;
  keptFrom: number;
}

/** One step of one list: the new items before `cut` replace the old ones before it. */
function stepOf<T extends { range: TextRange }>(
  old: readonly T[],
  splice: ListSplice<T>,
  p: Progress,
  cut: number,
): ListSplice<T> {
  const upto = indexAt(splice.insert, p.sent, cut);
  const keptFrom = indexAt(old, p.keptFrom, cut);
  const step = {
    head: splice.head + p.sent,
    tail: old.length - keptFrom,
    insert: splice.insert.slice(p.sent, upto),
    renames: [],
  };
  p.sent = upto;
  p.keptFrom = keptFrom;
  return step;
}

/** The tail start of a list's splice in the old list (Infinity when nothing is kept at the end). */
function tailStart<T extends { range: TextRange }>(old: readonly T[], splice: ListSplice<T>): number {
  return splice.tail > 0 ? old[old.length - splice.tail].range.start : Infinity;
}

/**
 * A delta that re-analysed the same text (shift 0: the segmenter arrived, the rest of a first
 * pass) cut into steps of at most `maxMetrics` new metrics, each applicable to the result of
 * the one before; the last leaves exactly what the whole delta does. Sent one by one, no message
 * holds a long report whole, and each step shows progress.
 */
export function chunkDelta(old: AnalysisView, delta: AnalysisDelta, maxMetrics: number): AnalysisDelta[] {
  const inserted = delta.metrics.insert;
  if (delta.shift.offset !== 0 || delta.shift.line !== 0 || inserted.length <= maxMetrics) return [delta];
  // no cut may reach the old items the last step keeps
  const limit = Math.min(
    tailStart(old.metrics, delta.metrics),
    tailStart(old.claims, delta.claims),
    tailStart(old.headings, delta.headings),
  );
  const progress = {
    metrics: { sent: 0, keptFrom: delta.metrics.head },
    claims: { sent: 0, keptFrom: delta.claims.head },
    headings: { sent: 0, keptFrom: delta.headings.head },
  };
  const steps: AnalysisDelta[] = [];
  for (let c = maxMetrics; c < inserted.length; c += maxMetrics) {
    const cut = inserted[c].range.start;
    if (cut >= limit) break;
    steps.push({
      ...delta,
      metrics: stepOf(old.metrics, delta.metrics, progress.metrics, cut),
      claims: stepOf(old.claims, delta.claims, progress.claims, cut),
      headings: stepOf(old.headings, delta.headings, progress.headings, cut),
    });
  }
  const last = <T>(splice: ListSplice<T>, p: Progress): ListSplice<T> => ({
    ...splice,
    head: splice.head + p.sent,
    insert: splice.insert.slice(p.sent),
  });
  steps.push({
    ...delta,
    metrics: last(delta.metrics, progress.metrics),
    claims: last(delta.claims, progress.claims),
    headings: last(delta.headings, progress.headings),
  });
  return steps;
}
