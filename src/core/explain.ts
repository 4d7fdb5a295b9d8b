// `explain`: which rules made or refused the metric and the claim at an offset of a report,
// for editors (why is this figure not flagged?) and developers (which rule fired?).
import { analyzeSync, type AnalysisTrace } from './analyze';
import type { Segmenter } from './text/segmenter';
import type { Claim, Metric } from './types';

export interface Explanation {
  offset: number;
  lang: 'zh' | 'en';
  /** The metric whose span holds the offset, with the reading of each field. */
  metric: { metric: Metric; reading: string[] } | null;
  /** Numbers at the offset that were not made metrics, and the rule that refused each. */
  refused: Array<{ text: string; range: { start: number; end: number }; rule: string }>;
  /** The sentence holding the offset: the claim rules that fired, and the one that refused it. */
  sentence: { text: string; range: { start: number; end: number }; fired: string[]; refusedBy: string | null } | null;
  claim: Claim | null;
}

const holds = (r: { start: number; end: number }, at: number) => r.start <= at && at < r.end;

function readMetric(m: Metric, lang: 'zh' | 'en'): string[] {
  const out = [`value ${m.value}`, `unit "${m.unit}" (${m.kind}, ${lang}.units)`];
  out.push(m.approx ? `approx ${m.approx} (${lang}.approx)` : 'approx none');
  out.push(
    m.change
      ? `change ${m.change.direction}${m.change.basis ? ` against ${m.change.basis}` : ''} (${lang}.change)`
      : 'change none: a level',
  );
  out.push(m.subject ? `subject "${m.subject}" (${lang}.subject)` : 'subject none found');
  return out;
}

export function explainAt(
  text: string,
  offset: number,
  opts: { segmenter: Segmenter | null; lang?: 'zh' | 'en' | 'auto' },
): Explanation {
  const trace: AnalysisTrace = { refusedNumbers: [], sentences: [] };
  const result = analyzeSync(text, { segmenter: opts.segmenter, lang: opts.lang, trace });
  const metric = result.metrics.find((m) => holds(m.range, offset)) ?? null;
  const sentence = trace.sentences.find((s) => holds(s.range, offset)) ?? null;
  return {
    offset,
    lang: result.lang,
    metric: metric ? { metric, reading: readMetric(metric, result.lang) } : null,
    refused: trace.refusedNumbers.filter((n) => holds(n.range, offset)),
    sentence: sentence ? { ...sentence, text: text.slice(sentence.range.start, sentence.range.end) } : null,
    claim: result.claims.find((c) => holds(c.range, offset)) ?? null,
  };
}

/** The explanation as lines of plain text. */
export function formatExplanation(e: Explanation): string {
  const lines: string[] = [`offset ${e.offset} (${e.lang === 'zh' ? 'Chinese' : 'English'} rules)`];
  if (e.metric) {
    lines.push(`metric ${e.metric.metric.id} "${e.metric.metric.text}" made:`);
    for (const r of e.metric.reading) lines.push(`  ${r}`);
  }
  for (const n of e.refused) lines.push(`number "${n.text}" refused as a metric by ${n.rule}`);
  if (!e.metric && e.refused.length === 0) lines.push('no number at this offset');
  if (e.sentence) {
    const quote = e.sentence.text.replace(/\s+/g, ' ');
    lines.push(`sentence "${quote.length > 80 ? `${quote.slice(0, 79)}…` : quote}"`);
    lines.push(`  rules fired: ${e.sentence.fired.length ? e.sentence.fired.join(', ') : 'none'}`);
    if (e.claim) lines.push(`  claim ${e.claim.id}: ${e.claim.types.join(', ')}, score ${e.claim.score}`);
    else lines.push(`  not a claim: refused by ${e.sentence.refusedBy ?? 'no rule'}`);
  } else lines.push('no sentence at this offset (a heading, caption, table row or page furniture)');
  return `${lines.join('\n')}\n`;
}
