// Incremental analysis for the editor: a report is cut into blocks at paragraph breaks that
// follow a finished sentence (nothing the engine reads crosses them), each block's analysis
// is cached by its text, and an edit re-analyses only the blocks it touched. The result has
// the same shape, ids and offsets as a whole-document analysis.
import { analyzeSync } from './analyze';
import { detectLanguage } from './text/language';
import { detectWrapWidth, wrapLineLengths } from './text/normalize';
import { runningHeadShapes } from './text/furniture';
import { foldTraditional } from './text/fold';
import { planRankAfter } from './claims/plan-sections';
import type { Segmenter } from './text/segmenter';
import type { AnalysisResult } from './types';

interface Block {
  start: number;
  text: string;
  /** 0-based line of the block's first character. */
  line: number;
}

/** Paragraph breaks (a blank line) right after terminal punctuation, possibly behind closing quotes. */
const BREAK = /[。！？；!?;][”’」』）)]*[ \t\u3000]*\r?\n(?:[ \t\u3000]*\r?\n)+/gu;

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let line = 0;
  const countLines = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
    return n;
  };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const end = m.index + m[0].length;
    blocks.push({ start, text: text.slice(start, end), line });
    line += countLines(start, end);
    start = end;
  }
  if (start < text.length || blocks.length === 0) blocks.push({ start, text: text.slice(start), line });
  return blocks;
}

export class IncrementalAnalyzer {
  private cache = new Map<string, AnalysisResult>();
  private lineLengths = new Map<string, Array<{ length: number }>>();
  /** Blocks analysed (not taken from the cache) by the last call: for tests and benches. */
  lastAnalysedBlocks = 0;

  /**
   * `numbers: false` leaves the number mentions out of the result (the editor never shows them):
   * a long report has more of them than metrics, and each edit would copy them all.
   */
  analyze(
    text: string,
    opts: { segmenter: Segmenter | null; lang?: 'zh' | 'en' | 'auto'; numbers?: boolean },
  ): AnalysisResult {
    const lang = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLanguage(text);
    const blocks = splitBlocks(text);
    // The wrap width is a whole-document statistic; its line lengths are cached per block.
    const lengthsNow = new Map<string, Array<{ length: number }>>();
    const lengths: Array<{ length: number }> = [];
    for (const block of blocks) {
      let ls = this.lineLengths.get(block.text) ?? lengthsNow.get(block.text);
      if (!ls) ls = wrapLineLengths(block.text);
      lengthsNow.set(block.text, ls);
      for (const l of ls) lengths.push(l);
    }
    this.lineLengths = lengthsNow;
    const wrapWidth = detectWrapWidth(lengths);
    // What a block reads from the whole document: its wrap width, running heads and plan sections.
    const runningHeads = runningHeadShapes(text);
    const docKey = `${lang}${opts.segmenter ? 's' : 'n'}${wrapWidth}\u0001${[...runningHeads].sort().join('\u0001')}`;
    let planRank: number | null = null;
    const next = new Map<string, AnalysisResult>();
    const out: AnalysisResult = {
      metrics: [],
      claims: [],
      numbers: [],
      headings: [],
      lang,
      segmented: !!opts.segmenter,
    };
    const seenMetric = new Map<string, number>();
    const seenClaim = new Map<string, number>();
    const unique = (seen: Map<string, number>, id: string) => {
      // Ids are unique across the document, as a whole-document analysis makes them.
      const base = id.replace(/-\d+$/, '');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return n === 1 ? base : `${base}-${n}`;
    };
    this.lastAnalysedBlocks = 0;
    for (const block of blocks) {
      const key = `${docKey}\u0000${planRank ?? ''}\u0000${block.text}`;
      let r = this.cache.get(key) ?? next.get(key);
      if (!r) {
        r = analyzeSync(block.text, {
          segmenter: opts.segmenter,
          lang,
          wrapWidth,
          runningHeads,
          planRankAtStart: planRank,
        });
        this.lastAnalysedBlocks++;
      }
      next.set(key, r);
      for (const h of r.headings) planRank = planRankAfter(planRank, foldTraditional(h.text).text, lang);
      const shift = <T extends { range: { start: number; end: number } }>(x: T) => ({
        ...x,
        range: { start: x.range.start + block.start, end: x.range.end + block.start },
      });
      const ids = new Map<string, string>();
      for (const m of r.metrics) {
        const id = unique(seenMetric, m.id);
        ids.set(m.id, id);
        out.metrics.push({ ...shift(m), id, line: m.line + block.line });
      }
      for (const c of r.claims)
        out.claims.push({
          ...shift(c),
          id: unique(seenClaim, c.id),
          metricIds: c.metricIds.map((id) => ids.get(id) ?? id),
        });
      if (opts.numbers !== false) for (const n of r.numbers) out.numbers.push(shift(n));
      for (const h of r.headings) out.headings.push({ ...shift(h), line: h.line + block.line });
    }
    this.cache = next;
    return out;
  }
}
