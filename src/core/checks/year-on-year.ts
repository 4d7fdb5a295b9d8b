// Check "change" (同比 against last year's level): 2025年…立刑事案件1100起，同比下降10.9% against a
// 2024年…立刑事案件1234起 stated elsewhere in the report: (1100 − 1234) ÷ 1234 must give the stated change.
import type { Metric } from '../types';
import { figureOf, findingFigure, overlaps, relativeChange, type Interval } from './figures';
import { formatComputed, verdict } from './format';
import { between, type CheckSentence } from './sentences';
import type { Finding } from './types';

/** Between a level and its change: a short clause without another figure (1100起，同比下降). */
const LEVEL_TO_CHANGE = /^[^；;。\d]{0,10}$/u;
/** A change against last year (同比, 比上年, or a bare 增长 after this year's level). */
const OTHER_BASIS = /环比|比\d{4}年|较\d{4}年|年均|平均/u;
const YEAR = /((?:19|20)\d{2})\s*年(?!度?预算|计划|目标)/gu;
/** A sentence that plans, forecasts or budgets states no level to compare with. */
const PLAN = /预计|预期|计划|目标|力争|安排|预算|草案|将/u;
/** Words of a subject that say when or how, not what (2024年, 全年, 共, 立…). */
const NOT_THE_QUANTITY =
  /(?:19|20)\d{2}\s*年|全年|全市|全省|全区|全县|今年|去年|上年|本年|当年|同期|共计|共|累计|合计|总计|达到|达|为|实现|完成|同比|比上年|\s/gu;
/** A name this short is not one quantity (案件, 人). */
const MIN_NAME = 4;
/** Last year's level is compared only when this close to this year's: further apart, it is another quantity. */
const MAX_RATIO = 2;

function quantityName(m: Metric): string {
  return (m.subject ?? '').replace(NOT_THE_QUANTITY, '');
}

/** The years named in a sentence before the figure (2024年共立…), or the report's year when it names none. */
function yearsBefore(text: string, s: CheckSentence, m: Metric): number[] {
  return [...text.slice(s.start, m.range.start).matchAll(YEAR)].map((x) => Number(x[1]));
}

/** The year most named in the report's opening (its title and date line): the year it reports on. */
function reportYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.slice(0, 400).matchAll(YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

interface Level {
  metric: Metric;
  sentence: CheckSentence;
  name: string;
  year: number | null;
}

/** Levels (not changes, not percentages) with a name and a year, outside plans and 分别 lists. */
function levelsOf(text: string, sentences: CheckSentence[], defaultYear: number | null): Level[] {
  const out: Level[] = [];
  for (const s of sentences) {
    if (PLAN.test(s.text) || /分别|分別/u.test(s.text)) continue;
    for (const m of s.metrics) {
      if (m.change || m.kind === 'percent' || m.approx) continue;
      const name = quantityName(m);
      if ([...name].length < MIN_NAME) continue;
      const years = yearsBefore(text, s, m);
      // Two years in one clause (2024年…2025年) leave it unclear whose level this is.
      const year = new Set(years).size === 1 ? years[0] : years.length === 0 ? defaultYear : null;
      out.push({ metric: m, sentence: s, name, year });
    }
  }
  return out;
}

function signed(i: Interval, down: boolean): Interval {
  return down ? { lo: -i.hi, hi: -i.lo } : i;
}

export function checkYearOnYear(text: string, sentences: CheckSentence[]): Finding[] {
  const levels = levelsOf(text, sentences, reportYear(text));
  const out: Finding[] = [];
  for (const current of levels) {
    if (current.year === null) continue;
    const ms = current.sentence.metrics;
    const next = ms[ms.indexOf(current.metric) + 1];
    if (!next?.change || next.unit !== '%' || next.kind !== 'percent') continue;
    const gap = between(text, current.metric.range, next.range);
    if (!LEVEL_TO_CHANGE.test(gap) || OTHER_BASIS.test(gap)) continue;
    // Last year's level: the same name, the same unit, stated for the year before in another sentence.
    const earlier = levels.filter(
      (l) =>
        l.sentence !== current.sentence &&
        l.year === (current.year ?? 0) - 1 &&
        /(?:19|20)\d{2}\s*年/u.test(l.sentence.text) &&
        l.name === current.name &&
        l.metric.unit === current.metric.unit &&
        Math.max(l.metric.value / current.metric.value, current.metric.value / l.metric.value) <= MAX_RATIO,
    );
    // Two different values for last year's level: which one the change used is unclear.
    if (earlier.length === 0 || new Set(earlier.map((l) => l.metric.value)).size > 1) continue;
    const A = figureOf(earlier[0].metric);
    const B = figureOf(current.metric);
    const C = figureOf(next);
    const rel = relativeChange(A.interval, B.interval);
    if (!rel) continue;
    const down = next.change.direction === 'down';
    const ok = overlaps(rel, signed(C.interval, down));
    const value = ((B.metric.value - A.metric.value) / A.metric.value) * 100;
    const a = A.metric.text;
    const b = B.metric.text;
    const arithmetic =
      value < 0
        ? `(${a} − ${b}) ÷ ${a} = ${formatComputed(-value, C.decimals)} % down (${a}: last year's level, line ${A.metric.line + 1})`
        : `(${b} − ${a}) ÷ ${a} = ${formatComputed(value, C.decimals)} % up (${a}: last year's level, line ${A.metric.line + 1})`;
    const figures = [findingFigure('from', A), findingFigure('to', B), findingFigure('change', C)];
    out.push({
      check: 'change',
      status: ok ? 'consistent' : 'inconsistent',
      arithmetic,
      message: verdict(arithmetic, `${next.text} ${next.change.direction}`, ok),
      computed: Math.abs(value),
      stated: next.value,
      // The finding sits on this year's level and its change; the figures carry last year's range too.
      range: { start: B.metric.range.start, end: C.metric.range.end },
      line: B.metric.line,
      figures,
    });
  }
  return out;
}
