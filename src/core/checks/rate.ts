// Check "rate": a rate (破案率, 完成率, a share "of") against its numerator and denominator in the same sentence.
import { figureOf, findingFigure, overlaps, quotient } from './figures';
import { formatComputed, verdict } from './format';
import type { CheckSentence } from './sentences';
import type { Finding } from './types';

/** A rate word (破案率, 完成率), not 率先 ("first to"). */
const RATE_WORD = /率(?!先)|rate|proportion/iu;
const PER_TEN_THOUSAND = /每万|万人|per 10,?000|per 100,?000/iu;

export function checkRates(text: string, sentences: CheckSentence[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sentences) {
    s.metrics.forEach((rateMetric, i) => {
      if (rateMetric.unit !== '%' || rateMetric.change) return;
      const lead = text.slice(Math.max(s.start, rateMetric.range.start - 10), rateMetric.range.start);
      if (!RATE_WORD.test(lead) && !RATE_WORD.test(rateMetric.subject ?? '')) return;
      if (PER_TEN_THOUSAND.test(lead)) return;
      const before = s.metrics.slice(0, i).filter((m) => !m.change && m.kind === 'count');
      // Exactly two counts of one unit before the rate: anything else is ambiguous and is left alone.
      if (before.length !== 2 || before[0].unit !== before[1].unit) return;
      const [x, y] = before.map(figureOf);
      const [num, den] = x.metric.value <= y.metric.value ? [x, y] : [y, x];
      const q = quotient(num.interval, den.interval);
      if (!q) return;
      const rate = figureOf(rateMetric);
      const computed = (num.metric.value / den.metric.value) * 100;
      const ok = overlaps({ lo: q.lo * 100, hi: q.hi * 100 }, rate.interval);
      const arithmetic = `${num.metric.text} ÷ ${den.metric.text} = ${formatComputed(computed, rate.decimals)} %`;
      const figures = [findingFigure('numerator', num), findingFigure('denominator', den), findingFigure('rate', rate)];
      out.push({
        check: 'rate',
        status: ok ? 'consistent' : 'inconsistent',
        arithmetic,
        message: verdict(arithmetic, rateMetric.text, ok),
        computed,
        stated: rateMetric.value,
        range: { start: x.metric.range.start, end: rateMetric.range.end },
        line: x.metric.line,
        figures,
      });
    });
  }
  return out;
}
