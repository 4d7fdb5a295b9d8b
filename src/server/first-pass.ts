// The first look at a long report just opened: the paragraph blocks around what the editor
// shows are analysed before the rest, so their highlights appear at once; the whole analysis
// follows (as a delta). Blocks are independent, so the window's metrics are the whole
// analysis' metrics there (ids aside when the window does not start the document).
import { analyzeSync } from '../core/analyze';
import { splitBlocks } from '../core/incremental';
import { detectLanguage } from '../core/text/language';
import { documentWrapWidth } from '../core/text/normalize';
import type { Segmenter } from '../core/text/segmenter';
import type { AnalysisResult, TextRange } from '../core/types';

/** Reports shorter than this are analysed whole at once: that is fast enough. */
export const FIRST_PASS_MIN_CHARS = 150_000;
/** Text before and after the visible range included in the window (a screen or two either way). */
const MARGIN_BEFORE = 8_000;
const MARGIN_AFTER = 24_000;

export interface Window {
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
}

/** The whole blocks that cover `visible` (the document's start when unknown) and its margins. */
export function firstPassWindow(text: string, visible: TextRange | null): Window {
  const from = Math.max(0, (visible?.start ?? 0) - MARGIN_BEFORE);
  const to = Math.min(text.length, (visible?.end ?? 0) + MARGIN_AFTER);
  let found: Window | undefined;
  for (const b of splitBlocks(text)) {
    const end = b.start + b.text.length;
    if (end <= from && end < text.length) continue;
    if (found && b.start >= to) break;
    if (found) found.end = end;
    else found = { start: b.start, end, line: b.line };
  }
  return found ?? { start: 0, end: text.length, line: 0 };
}

/** The analysis of the window alone, placed in the document (offsets and lines of the whole text). */
export function analyseWindow(text: string, window: Window, segmenter: Segmenter | null): AnalysisResult {
  const r = analyzeSync(text.slice(window.start, window.end), {
    segmenter,
    lang: detectLanguage(text),
    wrapWidth: documentWrapWidth(text),
  });
  const range = (x: TextRange) => ({ start: x.start + window.start, end: x.end + window.start });
  return {
    ...r,
    metrics: r.metrics.map((m) => ({ ...m, range: range(m.range), line: m.line + window.line })),
    claims: r.claims.map((c) => ({ ...c, range: range(c.range) })),
    numbers: r.numbers.map((n) => ({ ...n, range: range(n.range) })),
    headings: r.headings.map((h) => ({ ...h, range: range(h.range), line: h.line + window.line })),
  };
}
