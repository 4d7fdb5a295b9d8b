// Figures of a text or Markdown source: the report engine's metrics, each with its sentence as the quote.
import { analyzeSync } from '../analyze';
import type { Segmenter } from '../text/segmenter';
import { sentenceSpans } from '../checks/sentences';
import { clauseName, scopeContext } from './context';
import type { SourceFigure, SourceLocation } from './types';

const MAX_QUOTE = 160;

export function figuresFromText(
  text: string,
  segmenter: Segmenter | null,
  locate: (line: number) => SourceLocation = (line) => ({ line: line + 1 }),
): SourceFigure[] {
  const analysis = analyzeSync(text, { segmenter });
  const spans = sentenceSpans(text);
  let si = 0;
  const out: SourceFigure[] = [];
  for (const m of [...analysis.metrics].sort((a, b) => a.range.start - b.range.start)) {
    if (!m.subject) continue;
    while (si < spans.length && spans[si].end <= m.range.start) si++;
    const span = spans[si] ?? { start: m.range.start, end: m.range.end };
    // A long span (table lines before a sentence in a PDF) is quoted from the figure's line.
    const lineStart = text.lastIndexOf('\n', m.range.start - 1) + 1;
    const quoteStart = m.range.end - span.start > MAX_QUOTE ? Math.max(span.start, lineStart) : span.start;
    const quote = text.slice(quoteStart, span.end).trim().slice(0, MAX_QUOTE);
    out.push({
      subject: m.subject,
      name: clauseName(text, m.range.start),
      metric: m,
      quote,
      context: scopeContext(text, m.range.start),
      location: locate(m.line),
    });
  }
  return out;
}
