// Incremental analysis for the editor: a report is cut into blocks at paragraph breaks that
// follow a finished sentence (nothing the engine reads crosses them), each block is analysed on
// its own, and an edit re-cuts and re-analyses only the blocks it touched: the blocks before it
// are kept with their very result objects, the blocks after it are moved. The result has the
// same shape, ids and offsets as a whole-document analysis.
import { analyzeSync } from './analyze';
import { detectLanguage } from './text/language';
import { wrapLineLengths, wrapWidthOf } from './text/normalize';
import { headShapeCounts, isRunningHead } from './text/furniture';
import { foldTraditional } from './text/fold';
import { planRankAfter } from './claims/plan-sections';
import type { Segmenter } from './text/segmenter';
import type { AnalysisResult, Claim, Heading, Metric, NumberMention } from './types';

interface Block {
  start: number;
  text: string;
  /** 0-based line of the block's first character. */
  line: number;
}

/** Paragraph breaks (a blank line) right after terminal punctuation, possibly behind closing quotes. */
const BREAK = /[。！？；!?;][”’」』）)]*[ \t\u3000]*\r?\n(?:[ \t\u3000]*\r?\n)+/gu;

const countLines = (text: string, from = 0, to = text.length) => {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
};

export function splitBlocks(text: string): Block[] {
  return cutBlocks(text, 0, 0, () => false).blocks;
}

/**
 * Cuts `text` into blocks from `from` (a block start) on, the first on line `line`. `stopAt(end)`
 * is asked at each break: true stops the cut there, as the rest is known (the end is returned).
 */
function cutBlocks(
  text: string,
  from: number,
  line: number,
  stopAt: (end: number) => boolean,
): { blocks: Block[]; end: number } {
  const blocks: Block[] = [];
  let start = from;
  const re = new RegExp(BREAK.source, BREAK.flags);
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    blocks.push({ start, text: text.slice(start, end), line });
    line += countLines(text, start, end);
    start = end;
    if (stopAt(end)) return { blocks, end };
  }
  if (start < text.length || (blocks.length === 0 && from === 0)) blocks.push({ start, text: text.slice(start), line });
  return { blocks, end: text.length };
}

/**
 * The lengths of the common prefix and suffix of `a` and `b` (not overlapping). Compared a
 * chunk at a time: string equality is a memory compare, several times faster than a loop over
 * characters on a long report.
 */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  for (let step = 4096; step > 0 && prefix < max;) {
    const n = Math.min(step, max - prefix);
    if (a.slice(prefix, prefix + n) === b.slice(prefix, prefix + n)) prefix += n;
    else step >>= 2;
  }
  let suffix = 0;
  for (let step = 4096; step > 0 && suffix < max - prefix;) {
    const n = Math.min(step, max - prefix - suffix);
    if (a.slice(a.length - suffix - n, a.length - suffix) === b.slice(b.length - suffix - n, b.length - suffix))
      suffix += n;
    else step >>= 2;
  }
  return { prefix, suffix };
}

/** A copy of a part of a long string that does not keep the whole alive (a slice would). */
const detached = (s: string) => (s.length > 12 ? (' ' + s).slice(1) : s);

/** One block as analysed: its text, its result (block offsets) and what it adds to the document. */
interface BlockState extends Block {
  result: AnalysisResult;
  /**
   * The section before and after the block, a plan's rank or minus a review's (a block reads what its predecessors
   * left).
   */
  planIn: number | null;
  planOut: number | null;
}

interface Previous {
  text: string;
  blocks: BlockState[];
  out: AnalysisResult;
  docKey: string;
  /** Where each block's items start in `out` (one entry per block, and the lists' lengths last). */
  at: { metrics: number[]; claims: number[]; headings: number[]; numbers: number[] };
  numbers: boolean;
}

interface Options {
  segmenter: Segmenter | null;
  lang?: 'zh' | 'en' | 'auto';
  numbers?: boolean;
}

/** A block as laid out in the new text: a kept one (with its result) or a new one. */
type Laid = Block & Partial<Pick<BlockState, 'result' | 'planIn' | 'planOut'>>;

const withoutResult = (b: Laid): Laid => ({ start: b.start, text: b.text, line: b.line });

/** The plan-section rank after a block's headings. */
function planAfter(planIn: number | null, r: AnalysisResult, lang: AnalysisResult['lang']): number | null {
  let rank = planIn;
  for (const h of r.headings) rank = planRankAfter(rank, foldTraditional(h.text).text, lang);
  return rank;
}

/** Ids are unique across the document, as a whole-document analysis makes them: repeats get -2, -3… */
const baseId = (id: string) => id.replace(/-\d+$/, '');

/** The base ids of a block's metrics and claims, found once per block result. */
const basesOf = new WeakMap<AnalysisResult, { metrics: string[]; claims: string[] }>();
function bases(r: AnalysisResult): { metrics: string[]; claims: string[] } {
  let b = basesOf.get(r);
  if (!b)
    basesOf.set(r, (b = { metrics: r.metrics.map((m) => baseId(m.id)), claims: r.claims.map((c) => baseId(c.id)) }));
  return b;
}

export class IncrementalAnalyzer {
  private prev: Previous | null = null;
  /**
   * What the document-wide statistics read, kept as blocks come and go: running-head shape
   * counts, and line lengths for the wrap width (per length, and lines of 16 or more).
   */
  private shapeCounts = new Map<string, number>();
  private runningHeads = new Set<string>();
  private lengthCounts = new Map<number, number>();
  private longLines = 0;
  /** Blocks analysed (not taken from a kept block) by the last call: for tests and benches. */
  lastAnalysedBlocks = 0;

  /** Where the blocks of the last text start: for tests. */
  blockStarts(): number[] {
    return this.prev?.blocks.map((b) => b.start) ?? [];
  }

  /**
   * `numbers: false` leaves the number mentions out of the result (the editor never shows them):
   * a long report has more of them than metrics, and each edit would copy them all.
   */
  analyze(text: string, opts: Options): AnalysisResult {
    const lang = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLanguage(text);
    const numbers = opts.numbers !== false;
    this.lastAnalysedBlocks = 0;
    // the blocks: the old ones before and after the edit, new ones cut where it fell
    const prev = this.prev && this.prev.numbers === numbers ? this.prev : null;
    const oldBlocks = prev?.blocks ?? [];
    const { head, cut, tail, shift, lineShift } = prev
      ? this.recut(prev, text)
      : { head: 0, cut: splitBlocks(text), tail: 0, shift: 0, lineShift: 0 };
    if (!prev) {
      this.shapeCounts = new Map();
      this.runningHeads = new Set();
      this.lengthCounts = new Map();
      this.longLines = 0;
    }
    const removed = oldBlocks.slice(head, oldBlocks.length - tail);
    // a part cut by an edit is copied: a slice would keep this whole version of the text alive
    const added = prev ? cut.map((b) => ({ ...b, text: detached(b.text) })) : cut;
    for (const b of removed) this.count(b.text, -1);
    for (const b of added) this.count(b.text, +1);
    const moved = (b: BlockState) => ({ ...b, start: b.start + shift, line: b.line + lineShift });
    const layout: Laid[] = [
      ...oldBlocks.slice(0, head),
      ...added,
      ...oldBlocks.slice(oldBlocks.length - tail).map(moved),
    ];

    // what a block reads from the whole document: the wrap width, running heads, plan sections
    const wrapWidth = wrapWidthOf(this.lengthCounts, this.longLines);
    const runningHeads = new Set(this.runningHeads);
    const docKey = `${lang}${opts.segmenter ? 's' : 'n'}${wrapWidth}\u0001${[...runningHeads].sort().join('\u0001')}`;
    const sameDoc = prev?.docKey === docKey;
    const keepHead = sameDoc ? head : 0;
    // results that may serve again: the replaced blocks' (an undo), by plan rank and text
    const reuse = new Map<number | null, Map<string, AnalysisResult>>();
    const reused = (planIn: number | null) => {
      let m = reuse.get(planIn);
      if (!m) reuse.set(planIn, (m = new Map<string, AnalysisResult>()));
      return m;
    };
    if (sameDoc) for (const b of removed) reused(b.planIn).set(b.text, b.result);
    else {
      // every block is analysed again: the old results can go before the new ones are made
      this.prev = null;
      oldBlocks.length = 0;
      for (let i = 0; i < layout.length; i++) layout[i] = withoutResult(layout[i]);
    }
    const analyse = (b: { text: string; result?: AnalysisResult; planIn?: number | null }, planIn: number | null) => {
      if (sameDoc && b.result && b.planIn === planIn) return b.result;
      let r = reused(planIn).get(b.text);
      if (!r) {
        r = analyzeSync(b.text, { segmenter: opts.segmenter, lang, wrapWidth, runningHeads, planRankAtStart: planIn });
        this.lastAnalysedBlocks++;
        reused(planIn).set(b.text, r);
      }
      return r;
    };
    const blocks = layout.slice(0, keepHead) as BlockState[];
    let plan = keepHead > 0 ? blocks[keepHead - 1].planOut : null;
    for (let i = keepHead; i < layout.length; i++) {
      const b = layout[i];
      const result = analyse(b, plan);
      if (result === b.result) {
        // a kept block (already a fresh object when moved)
        blocks.push(b as BlockState);
        plan = b.planOut ?? null;
      } else {
        const planOut = planAfter(plan, result, lang);
        blocks.push({ ...b, result, planIn: plan, planOut });
        plan = planOut;
      }
    }
    const out = assemble(blocks, keepHead && prev ? { prev, head: keepHead } : null, lang, opts, numbers);
    this.prev = { text, blocks, out: out.result, docKey, at: out.at, numbers };
    return out.result;
  }

  /**
   * The blocks of `text` given those of the previous text: the edit is found by the common
   * prefix and suffix; blocks are cut again from the block before the one it starts in, until a
   * cut falls on an old block boundary past the edit.
   */
  private recut(prev: Previous, text: string) {
    const old = prev.text;
    const blocks = prev.blocks;
    const { prefix: p, suffix: s } = commonEnds(old, text);
    const shift = text.length - old.length;
    const oldEditEnd = old.length - s;
    // the block that holds the edit's start, then one back: a break's extent reads the text after it
    let k = blocks.length - 1;
    while (k > 0 && blocks[k].start > p) k--;
    const first = Math.max(0, k - 1);
    const from = blocks.length ? blocks[first].start : 0;
    const fromLine = blocks.length ? blocks[first].line : 0;
    // old block starts past the edit, by position, where cutting may stop
    const startsAt = new Map<number, number>();
    for (let i = first + 1; i < blocks.length; i++) if (blocks[i].start >= oldEditEnd) startsAt.set(blocks[i].start, i);
    let syncIndex = blocks.length;
    const { blocks: cut, end } = cutBlocks(text, from, fromLine, (e) => {
      const i = startsAt.get(e - shift);
      if (i === undefined || e - shift < oldEditEnd) return false;
      syncIndex = i;
      return true;
    });
    const tail = blocks.length - syncIndex;
    const lineShift =
      tail > 0 && cut.length
        ? cut[cut.length - 1].line + countLines(cut[cut.length - 1].text) - blocks[syncIndex].line
        : 0;
    void end;
    return { head: first, cut, tail, shift, lineShift };
  }

  /** Adds a block's lines to the document-wide statistics (`sign` 1), or takes them out (-1). */
  private count(text: string, sign: 1 | -1): void {
    for (const [shape, n] of headShapeCounts(text)) {
      const total = (this.shapeCounts.get(shape) ?? 0) + sign * n;
      if (total) this.shapeCounts.set(shape, total);
      else this.shapeCounts.delete(shape);
      if (isRunningHead(shape, total)) this.runningHeads.add(shape);
      else this.runningHeads.delete(shape);
    }
    for (const { length } of wrapLineLengths(text)) {
      this.longLines += sign;
      if (length > 240) continue;
      const total = (this.lengthCounts.get(length) ?? 0) + sign;
      if (total) this.lengthCounts.set(length, total);
      else this.lengthCounts.delete(length);
    }
  }
}

/**
 * The document's result from its blocks. Items of the kept head are the previous result's
 * objects (nothing about them changed); the others are placed in the document and given
 * document-unique ids.
 */
function assemble(
  blocks: BlockState[],
  keep: { prev: Previous; head: number } | null,
  lang: AnalysisResult['lang'],
  opts: Options,
  numbers: boolean,
): { result: AnalysisResult; at: Previous['at'] } {
  const out: AnalysisResult = { metrics: [], claims: [], numbers: [], headings: [], lang, segmented: !!opts.segmenter };
  const at: Previous['at'] = { metrics: [], claims: [], headings: [], numbers: [] };
  const seenMetric = new Map<string, number>();
  const seenClaim = new Map<string, number>();
  const unique = (seen: Map<string, number>, base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  const headBlocks = keep?.head ?? 0;
  if (keep && headBlocks > 0) {
    const { prev } = keep;
    const m = prev.at.metrics[headBlocks];
    const c = prev.at.claims[headBlocks];
    const h = prev.at.headings[headBlocks];
    const n = prev.at.numbers[headBlocks];
    for (let i = 0; i < headBlocks; i++) {
      at.metrics.push(prev.at.metrics[i]);
      at.claims.push(prev.at.claims[i]);
      at.headings.push(prev.at.headings[i]);
      at.numbers.push(prev.at.numbers[i]);
    }
    out.metrics = prev.out.metrics.slice(0, m);
    out.claims = prev.out.claims.slice(0, c);
    out.headings = prev.out.headings.slice(0, h);
    out.numbers = prev.out.numbers.slice(0, n);
    for (let i = 0; i < headBlocks; i++) {
      const b = bases(blocks[i].result);
      for (const x of b.metrics) unique(seenMetric, x);
      for (const x of b.claims) unique(seenClaim, x);
    }
  }
  for (let b = headBlocks; b < blocks.length; b++) {
    const { result: r, start, line } = blocks[b];
    at.metrics.push(out.metrics.length);
    at.claims.push(out.claims.length);
    at.headings.push(out.headings.length);
    at.numbers.push(out.numbers.length);
    const range = (x: { start: number; end: number }) => ({ start: x.start + start, end: x.end + start });
    const base = bases(r);
    // claims name their metrics by id: the block's ids, as made unique in the document
    const ids = new Map<string, string>();
    r.metrics.forEach((m, i) => {
      const id = unique(seenMetric, base.metrics[i]);
      if (id !== m.id) ids.set(m.id, id);
      out.metrics.push({ ...m, id, range: range(m.range), line: m.line + line } satisfies Metric);
    });
    r.claims.forEach((c, i) =>
      out.claims.push({
        ...c,
        id: unique(seenClaim, base.claims[i]),
        range: range(c.range),
        metricIds: ids.size ? c.metricIds.map((id) => ids.get(id) ?? id) : c.metricIds,
      } satisfies Claim),
    );
    if (numbers) for (const n of r.numbers) out.numbers.push({ ...n, range: range(n.range) } satisfies NumberMention);
    for (const h of r.headings)
      out.headings.push({ ...h, range: range(h.range), line: h.line + line } satisfies Heading);
  }
  at.metrics.push(out.metrics.length);
  at.claims.push(out.claims.length);
  at.headings.push(out.headings.length);
  at.numbers.push(out.numbers.length);
  return { result: out, at };
}
