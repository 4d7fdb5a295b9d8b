// Checks "parts" and "shares": 其中/分别 breakdowns against their whole, share lists that cannot exceed
// 100 %, and ratio terms (三次产业结构 a:b:c) that should sum to 100.
import type { LineIndex } from '../text/lines';
import type { Metric, TextRange } from '../types';
import { figureOf, findingFigure, overlaps, sum, type Figure, type Interval } from './figures';
import { formatComputed, formatNumber, verdict } from './format';
import { sentenceSpans, type CheckSentence } from './sentences';
import type { Finding, FindingFigure } from './types';

const OF_WHICH = /其中|of which|including/iu;
const TOTAL_BEFORE = /(?:共|合计|总计|总数|累计|总量|total(?:led|ing)?)\s*[^，,；;]{0,10}$/iu;
const RESPECTIVELY = /分别/u;
/** 分别占: several parts of one named whole (比重分别为 alone may be shares of different wholes). */
const SHARE_LIST = /分别占|分别为|分别是|分别达/gu;
const LIST_END = /[，,；;。]/u;
const THREE_SECTORS = /三次产业|一、二、三产业|第一、二、三产业|一二三产业/u;
/** What the three sectors' list is: shares of GDP or contributions to its growth, which both sum to 100. */
const SHARE_WORDS = /比重|占|贡献率|结构/u;
const RATIO_TERMS = /(\d+(?:\.\d+)?)(?:\s*[:：∶]\s*\d+(?:\.\d+)?){2,}/gu;
const RATIO_CONTEXT = /(?:结构|构成|比例|之比|比重|比)[^\d]{0,6}$/u;
const SEGMENT_END = /[；;]/u;
const LIST_BREAK = /其中|加上|减去|合计|总计|共计|此外|另外|plus|in addition/iu;
/** Parts summing past this multiple of the whole are not its breakdown (the list ran into other figures). */
const RUNAWAY_SUM = 1.5;

function isLevel(m: Metric): boolean {
  return !m.change && m.kind !== 'percent' && m.kind !== 'points' && m.kind !== 'multiple';
}

function spanOf(figures: FindingFigure[]): { start: number; end: number } {
  return {
    start: Math.min(...figures.map((f) => f.range.start)),
    end: Math.max(...figures.map((f) => f.range.end)),
  };
}

function sumFinding(
  check: 'parts' | 'shares',
  ok: boolean,
  parts: Figure[],
  whole: { text: string; value: number; decimals: number; figure: FindingFigure | null },
  partsSum: number,
  relation: string,
  extra: FindingFigure[] = [],
): Finding {
  const decimals = Math.max(...parts.map((p) => p.decimals)) + 1;
  const shown = parts[0];
  const unit = shown.metric.unit === '%' ? ' %' : shown.suffix;
  const arithmetic = `${parts.map((p) => p.metric.text).join(' + ')} = ${formatNumber(partsSum / shown.scale, decimals)}${unit}`;
  const figures = [...(whole.figure ? [whole.figure] : []), ...parts.map((p) => findingFigure('part', p)), ...extra];
  const range = spanOf(figures);
  return {
    check,
    status: ok ? 'consistent' : 'inconsistent',
    arithmetic,
    message: verdict(arithmetic, whole.text ? `${relation} ${whole.text}` : relation, ok),
    computed: partsSum,
    stated: whole.value,
    range,
    line: figures[0].line,
    figures,
  };
}

/** Breakdowns whose parts cover the whole by definition: their 其中 list must sum to it, not merely stay below. */
const COMPLEMENTS: RegExp[][] = [
  [/城镇/u, /乡村|农村/u],
  [/男/u, /女/u],
  [/财产险/u, /人身险/u],
  [/职工/u, /城乡居民/u],
  [/(?<!非)税收/u, /非税/u],
  [/出口/u, /进口/u],
  [/第一产业/u, /第二产业/u, /第三产业/u],
];

export function isCompleteBreakdown(subjects: string[]): boolean {
  const complementOf = (a: string, b: string) => b === `非${a}` || a === `非${b}`;
  if (subjects.length === 2 && complementOf(subjects[0], subjects[1])) return true;
  return COMPLEMENTS.some(
    (set) => set.length === subjects.length && set.every((re) => subjects.filter((x) => re.test(x)).length === 1),
  );
}

/** 总数 N…其中 a、b、c / 共 N…分别为 a、b、c. */
function checkBreakdowns(text: string, s: CheckSentence): Finding[] {
  const out: Finding[] = [];
  const ms = s.metrics;
  for (let i = 0; i < ms.length; i++) {
    const whole = ms[i];
    if (!isLevel(whole)) continue;
    const after = text.slice(whole.range.end, s.end);
    const segment = after.split(SEGMENT_END)[0];
    const ofWhich = OF_WHICH.exec(segment);
    const beforeWhole = text.slice(Math.max(s.start, whole.range.start - 16), whole.range.start);
    const respectively = TOTAL_BEFORE.test(beforeWhole) ? RESPECTIVELY.exec(segment) : null;
    const marker = ofWhich ?? respectively;
    // The marker must follow the whole closely: a 其中 far away belongs to another figure.
    if (!marker || marker.index > 12) continue;
    const segEnd = whole.range.end + segment.length;
    const parts = ms.filter(
      (m, j) => j > i && m.range.start < segEnd && isLevel(m) && m.unit === whole.unit && m !== whole,
    );
    if (parts.length < 2) continue;
    // A nested 其中, or an addition (加上, 合计), ends the list: what follows is not a part of this whole.
    const nested = parts.findIndex(
      (p, k) => k > 0 && LIST_BREAK.test(text.slice(parts[k - 1].range.end, p.range.start)),
    );
    const list = (nested > 0 ? parts.slice(0, nested) : parts).map(figureOf);
    if (list.length < 2) continue;
    const w = figureOf(whole);
    const total: Interval = sum(list.map((p) => p.interval));
    const partsSum = list.reduce((acc, p) => acc + p.metric.value, 0);
    if (partsSum > RUNAWAY_SUM * whole.value) continue;
    const wholeRef = { text: whole.text, value: whole.value, decimals: w.decimals, figure: findingFigure('whole', w) };
    if (ofWhich && !isCompleteBreakdown(list.map((p) => p.metric.subject ?? ''))) {
      if (total.lo > w.interval.hi)
        out.push(sumFinding('parts', false, list, wholeRef, partsSum, 'more than the whole'));
      else if (overlaps(total, w.interval)) out.push(sumFinding('parts', true, list, wholeRef, partsSum, 'the whole'));
    } else {
      const relation = ofWhich ? 'the whole (a complete breakdown)' : 'the total';
      out.push(sumFinding('parts', overlaps(total, w.interval), list, wholeRef, partsSum, relation));
    }
    i += list.length;
  }
  return out;
}

/** Shares of one whole: no more than 100 % together (分别占); the three sectors' shares or contributions exactly 100 %. */
function checkShares(text: string, s: CheckSentence): Finding[] {
  const out: Finding[] = [];
  for (const marker of s.text.matchAll(SHARE_LIST)) {
    const at = marker.index ?? 0;
    const from = s.start + at;
    const listEnd = from + (s.text.slice(at).split(LIST_END)[0]?.length ?? 0);
    const clauseStart = s.text.lastIndexOf('；', at) + 1;
    const clause = s.text.slice(clauseStart, at);
    const shares = s.metrics.filter(
      (m) => m.unit === '%' && !m.change && m.range.start > from && m.range.start < listEnd,
    );
    if (shares.length < 2) continue;
    const list = shares.map(figureOf);
    const total = sum(list.map((p) => p.interval));
    const partsSum = list.reduce((acc, p) => acc + p.metric.value, 0);
    const whole = { text: '', value: 100, decimals: 0, figure: null };
    const threeSectors = THREE_SECTORS.test(clause) && SHARE_WORDS.test(clause) && list.length === 3;
    if (threeSectors) {
      out.push(
        sumFinding(
          'shares',
          overlaps(total, { lo: 100, hi: 100 }),
          list,
          whole,
          partsSum,
          'shares of one whole (100 %)',
        ),
      );
    } else if (marker[0] === '分别占' && total.lo > 100) {
      out.push(sumFinding('shares', false, list, whole, partsSum, 'shares of one whole (at most 100 %)'));
    }
  }
  return out;
}

/** 三次产业结构为 a:b:c, whose terms are percentages of one whole. */
function checkRatioTerms(text: string, s: TextRange, lines: LineIndex): Finding[] {
  const out: Finding[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(RATIO_TERMS)) {
    const at = s.start + (m.index ?? 0);
    if (!RATIO_CONTEXT.test(text.slice(Math.max(s.start, at - 12), at))) continue;
    const terms: FindingFigure[] = [];
    let total = 0;
    let tolerance = 0;
    let decimals = 0;
    for (const t of m[0].matchAll(/\d+(?:\.(\d+))?/gu)) {
      const start = at + (t.index ?? 0);
      const d = t[1]?.length ?? 0;
      decimals = Math.max(decimals, d);
      total += Number(t[0]);
      tolerance += 0.5 * 10 ** -d;
      terms.push({
        role: 'term',
        text: t[0],
        value: Number(t[0]),
        unit: '',
        range: { start, end: start + t[0].length },
        line: lines.lineOf(start),
      });
    }
    // Only terms that plainly mean percentages of one whole (sum near 100) are checked; 1:2:3 is a plain ratio.
    if (total < 50 || total > 150) continue;
    const ok = Math.abs(total - 100) <= tolerance;
    const arithmetic = `${terms.map((t) => t.text).join(' + ')} = ${formatComputed(total, decimals)}`;
    out.push({
      check: 'shares',
      status: ok ? 'consistent' : 'inconsistent',
      arithmetic,
      message: verdict(arithmetic, 'the terms of one whole (100)', ok),
      computed: total,
      stated: 100,
      range: spanOf(terms),
      line: terms[0].line,
      figures: terms,
    });
  }
  return out;
}

export function checkPartsAndShares(text: string, sentences: CheckSentence[]): Finding[] {
  return sentences.flatMap((s) => [...checkBreakdowns(text, s), ...checkShares(text, s)]);
}

/** Ratio terms are not metrics, so every sentence of the text is scanned. */
export function checkRatios(text: string, lines: LineIndex): Finding[] {
  return sentenceSpans(text).flatMap((s) => checkRatioTerms(text, s, lines));
}
