// Sentences of the original text with the metrics inside each: the checks compare figures within one sentence.
import { normalizeText } from '../text/normalize';
import type { Metric, TextRange } from '../types';

export interface CheckSentence extends TextRange {
  text: string;
  metrics: Metric[];
}

const SENTENCE_END = /[。！？!?\n]|\.(?=\s|$)/gu;

/**
 * Sentence spans in the original text. They are found in the engine's normalised view, where hard-wrapped
 * lines (PDF extracts, Hansard) are joined again, so a wrap inside a sentence does not cut it in two.
 */
export function sentenceSpans(text: string): TextRange[] {
  const norm = normalizeText(text);
  const spans: TextRange[] = [];
  let start = 0;
  const push = (end: number) => {
    if (end > start) spans.push(norm.rangeToOriginal(start, end));
    start = end;
  };
  for (const m of norm.text.matchAll(SENTENCE_END)) push((m.index ?? 0) + m[0].length);
  push(norm.text.length);
  return spans;
}

/** Sentences that hold at least one metric, each with its metrics in text order. */
export function sentencesWithMetrics(text: string, metrics: Metric[]): CheckSentence[] {
  const sorted = [...metrics].sort((a, b) => a.range.start - b.range.start);
  const out: CheckSentence[] = [];
  let i = 0;
  for (const span of sentenceSpans(text)) {
    const inside: Metric[] = [];
    while (i < sorted.length && sorted[i].range.start < span.end) {
      if (sorted[i].range.start >= span.start) inside.push(sorted[i]);
      i++;
    }
    if (inside.length > 0) out.push({ ...span, text: text.slice(span.start, span.end), metrics: inside });
  }
  return out;
}

/** The text between two ranges of the document. */
export function between(text: string, a: TextRange, b: TextRange): string {
  return text.slice(a.end, b.start);
}
