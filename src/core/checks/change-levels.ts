// Check "change": a stated change against the two levels it connects (由A降至B，下降C% / from A to B, up C% /
// 提高D个百分点 / 增加D) and "multiple": 是…的N倍 and 翻番 against both levels.
import type { Metric } from '../types';
import {
  difference,
  figureOf,
  findingFigure,
  overlaps,
  quotient,
  relativeChange,
  type Figure,
  type Interval,
} from './figures';
import { formatComputed, formatNumber, verdict } from './format';
import { between, type CheckSentence } from './sentences';
import type { Finding, FindingFigure } from './types';

/** 由/从/from shortly before the first level (a year phrase such as 2020年的 may sit between). */
const FROM_MARKER = /(?:由|从|from)\s*(?:\d{4}\s*年(?:底|末)?的?)?\s*$/iu;
/** What joins the two levels: 降至, 提高到, 缩短至, to … (a year phrase may sit before the second level). */
const CONNECTOR =
  /^\s*(?:以内|以上|左右|多|余)?\s*[,，]?\s*(?:下降|降低|减少|缩短|缩减|压缩|回落|锐减|降|减|提升|提高|增加|增长|上升|扩大|跃升|攀升|升|增|跃居)?\s*(?:至|到|为)\s*(?:\d{4}\s*年(?:底|末)?的?)?\s*$|^\s*(?:in\s+\d{4}\s+)?to\s+(?:\d{4}\s*)?$/iu;
/** Between the second level and the stated change: a short clause, no other figure and no new topic. */
const CHANGE_GAP = /^[^；;。]{0,14}$/u;
const DOWN_WORDS = /(?:下降|降低|减少|缩短|缩减|压缩|回落|减|降|down|fell|decrease|lower)[^，,]{0,3}$/iu;
const UP_WORDS = /(?:增长|提高|提升|上升|增加|扩大|增|升|up|rose|increase|higher)[^，,]{0,3}$/iu;
const ANNUAL_AVERAGE = /年均|平均每年|annual(?:ly)? average|a year on average/iu;
const IS_TIMES = /是[^，,；]{0,12}的?$|^\s*$/u;
const DOUBLING: Array<[RegExp, number]> = [
  [/翻两番|翻了两番/u, 4],
  [/翻一番|翻了一番|翻番/u, 2],
];
/** 翻番 is a round word: the levels must double to within this share. */
const DOUBLING_SLACK = 0.05;

interface Levels {
  from: Figure;
  to: Figure;
  next: Metric | undefined;
  gap: string;
}

function direction(metric: Metric, before: string): 'up' | 'down' | null {
  if (metric.change) return metric.change.direction;
  if (DOWN_WORDS.test(before)) return 'down';
  if (UP_WORDS.test(before)) return 'up';
  return null;
}

function signed(interval: Interval, dir: 'up' | 'down'): Interval {
  return dir === 'up' ? interval : { lo: -interval.hi, hi: -interval.lo };
}

function finding(
  check: 'change' | 'multiple',
  ok: boolean,
  arithmetic: string,
  statedText: string,
  computed: number,
  stated: number,
  figures: FindingFigure[],
): Finding {
  const start = Math.min(...figures.map((f) => f.range.start));
  const end = Math.max(...figures.map((f) => f.range.end));
  return {
    check,
    status: ok ? 'consistent' : 'inconsistent',
    arithmetic,
    message: verdict(arithmetic, statedText, ok),
    computed,
    stated,
    range: { start, end },
    line: figures[0].line,
    figures,
  };
}

/** 比上年的B / 比2012年的B: B is the earlier level and the sentence's preceding level is the current one. */
const EARLIER_LEVEL = /比\s*(?:上年|去年|上年同期|去年同期|\d{4}\s*年(?:同期)?)的?\s*$/u;

function basisLevelsIn(text: string, s: CheckSentence): Levels[] {
  const out: Levels[] = [];
  const ms = s.metrics;
  for (let i = 1; i < ms.length; i++) {
    const earlier = ms[i];
    if (
      earlier.change ||
      !EARLIER_LEVEL.test(text.slice(Math.max(s.start, earlier.range.start - 12), earlier.range.start))
    )
      continue;
    const current = ms[i - 1];
    if (current.unit !== earlier.unit || current.change) continue;
    if (/[；;]/u.test(between(text, current.range, earlier.range))) continue;
    const next = ms[i + 1];
    const gap = next ? between(text, earlier.range, next.range) : text.slice(earlier.range.end, s.end);
    out.push({ from: figureOf(earlier), to: figureOf(current), next, gap });
  }
  return out;
}

function levelsIn(text: string, s: CheckSentence): Levels[] {
  const out: Levels[] = basisLevelsIn(text, s);
  const ms = s.metrics;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (a.unit !== b.unit || a.change || b.change) continue;
    const before = text.slice(Math.max(s.start, a.range.start - 12), a.range.start);
    if (!FROM_MARKER.test(before)) continue;
    if (!CONNECTOR.test(between(text, a.range, b.range))) continue;
    const next = ms[i + 2];
    const gap = next ? between(text, b.range, next.range) : text.slice(b.range.end, s.end);
    out.push({ from: figureOf(a), to: figureOf(b), next, gap });
  }
  return out;
}

function describeLevels(l: Levels): { a: string; b: string } {
  return { a: l.from.metric.text, b: l.to.metric.text };
}

/** Words a clause may hold between the second level and its change without naming something else. */
const CHANGE_CLAUSE_WORDS =
  /同比|环比|比上年|比去年|较上年|较去年|比\d{4}年|是原来的|原来的|相当于|分别|了|共|累计|约|近|超过|下降|降低|减少|缩短|缩减|压缩|回落|增长|提高|提升|上升|增加|扩大|降幅|增幅|幅度|达到|达|为/gu;

/**
 * After a comma, a clause that names a subject of its own (街面“两抢”警情同比下降26.4%) states the
 * change of that subject, not of the two levels before it.
 */
function namesAnotherSubject(gap: string): boolean {
  const comma = Math.max(gap.lastIndexOf('，'), gap.lastIndexOf(','));
  if (comma < 0) return false;
  const rest = gap.slice(comma + 1).replace(CHANGE_CLAUSE_WORDS, '');
  return (rest.match(/[\u3400-\u9fff]/gu) ?? []).length > 2;
}

function checkStatedChange(l: Levels): Finding | null {
  const c = l.next;
  if (!c || !CHANGE_GAP.test(l.gap) || ANNUAL_AVERAGE.test(l.gap) || namesAnotherSubject(l.gap)) return null;
  const dir = direction(c, l.gap);
  const stated = figureOf(c);
  const { a, b } = describeLevels(l);
  const levelUnit = l.from.metric.unit;
  const figures = [findingFigure('from', l.from), findingFigure('to', l.to), findingFigure('change', stated)];
  const statedText = c.text;
  const A = l.from.metric.value;
  const B = l.to.metric.value;

  if (c.unit === '%' && dir) {
    const rel = relativeChange(l.from.interval, l.to.interval);
    if (!rel) return null;
    const statedSigned = signed(stated.interval, dir);
    const pointValue = ((B - A) / A) * 100;
    let ok = overlaps(rel, statedSigned);
    const relText =
      pointValue < 0
        ? `(${a} − ${b}) ÷ ${a} = ${formatComputed(-pointValue, stated.decimals)} % down`
        : `(${b} − ${a}) ÷ ${a} = ${formatComputed(pointValue, stated.decimals)} % up`;
    let arithmetic = relText;
    if (levelUnit === '%') {
      // Levels in percent: "提高5%" is often written for 5 points; either reading is accepted.
      const points = signed(stated.interval, dir);
      const pointsOk = overlaps(difference(l.to.interval, l.from.interval), points);
      arithmetic = `${relText}, or ${b} − ${a} = ${formatComputed(B - A, stated.decimals)} points`;
      ok = ok || pointsOk;
    }
    return finding('change', ok, arithmetic, `${statedText} ${dir}`, Math.abs(pointValue), c.value, figures);
  }
  if ((c.unit === '百分点' && levelUnit === '%') || (c.unit === levelUnit && c.unit !== '%' && dir)) {
    const d = dir ?? (B >= A ? 'up' : 'down');
    const ok = overlaps(difference(l.to.interval, l.from.interval), signed(stated.interval, d));
    const unitWord = c.unit === '百分点' ? ' points' : stated.suffix;
    const shown = formatComputed((B - A) / stated.scale, stated.decimals).replace(/^-/u, '−');
    const arithmetic = `${b} − ${a} = ${shown}${unitWord}`;
    return finding('change', ok, arithmetic, `${statedText} ${d}`, B - A, d === 'up' ? c.value : -c.value, figures);
  }
  if (c.unit === '倍') {
    const ratio = quotient(l.to.interval, l.from.interval);
    if (!ratio) return null;
    const isTimes = IS_TIMES.test(l.gap);
    const plusOne = { lo: stated.interval.lo + 1, hi: stated.interval.hi + 1 };
    const ok = overlaps(ratio, stated.interval) || (!isTimes && overlaps(ratio, plusOne));
    const arithmetic = `${b} ÷ ${a} = ${formatComputed(B / A, stated.decimals)} times`;
    return finding('multiple', ok, arithmetic, statedText, B / A, c.value, [
      findingFigure('from', l.from),
      findingFigure('to', l.to),
      findingFigure('multiple', stated),
    ]);
  }
  return null;
}

function checkDoubling(text: string, s: CheckSentence, l: Levels): Finding | null {
  const tail = text.slice(l.to.metric.range.end, l.next ? l.next.range.start : s.end);
  const hit = DOUBLING.find(([re]) => re.test(tail));
  if (!hit) return null;
  const factor = hit[1];
  const ratio = quotient(l.to.interval, l.from.interval);
  if (!ratio) return null;
  const ok = overlaps(ratio, { lo: factor * (1 - DOUBLING_SLACK), hi: factor * (1 + DOUBLING_SLACK) });
  const { a, b } = describeLevels(l);
  const B = l.to.metric.value;
  const A = l.from.metric.value;
  const word = factor === 4 ? '翻两番 (×4)' : '翻一番 (×2)';
  return {
    check: 'multiple',
    status: ok ? 'consistent' : 'inconsistent',
    arithmetic: `${b} ÷ ${a} = ${formatNumber(B / A, 2)} times`,
    message: verdict(`${b} ÷ ${a} = ${formatNumber(B / A, 2)} times`, word, ok),
    computed: B / A,
    stated: factor,
    range: { start: l.from.metric.range.start, end: l.to.metric.range.end },
    line: l.from.metric.line,
    figures: [findingFigure('from', l.from), findingFigure('to', l.to)],
  };
}

/** Between a level and its absolute change, or the absolute and the relative change: a short clause. */
const SHORT_GAP = /^[^；;。\d]{0,10}$/u;

/**
 * 产量50.49万吨，比上年增加0.57万吨，增长1.1%: the earlier level is B − D, so the rate is D ÷ (B − D).
 * A communiqué's most common arithmetic; the absolute and relative changes must agree with the level.
 */
function checkLevelWithBothChanges(text: string, s: CheckSentence): Finding[] {
  const out: Finding[] = [];
  const ms = s.metrics;
  for (let i = 0; i + 2 < ms.length; i++) {
    const [level, abs, rel] = [ms[i], ms[i + 1], ms[i + 2]];
    if (level.change || !abs.change || !rel.change || rel.unit !== '%' || abs.unit !== level.unit) continue;
    if (abs.change.direction !== rel.change.direction || level.unit === '%') continue;
    if (!SHORT_GAP.test(between(text, level.range, abs.range)) || !SHORT_GAP.test(between(text, abs.range, rel.range)))
      continue;
    const B = figureOf(level);
    const D = figureOf(abs);
    const C = figureOf(rel);
    const down = abs.change.direction === 'down';
    // Earlier level: B − D after a rise, B + D after a fall.
    const earlier = down
      ? { lo: B.interval.lo + D.interval.lo, hi: B.interval.hi + D.interval.hi }
      : { lo: B.interval.lo - D.interval.hi, hi: B.interval.hi - D.interval.lo };
    const q = quotient(D.interval, earlier);
    if (!q) continue;
    const computed = (abs.value / (down ? level.value + abs.value : level.value - abs.value)) * 100;
    const ok = overlaps({ lo: q.lo * 100, hi: q.hi * 100 }, C.interval);
    const arithmetic = `${abs.text} ÷ (${level.text} ${down ? '+' : '−'} ${abs.text}) = ${formatComputed(computed, C.decimals)} % ${down ? 'down' : 'up'}`;
    out.push(
      finding('change', ok, arithmetic, `${rel.text} ${rel.change.direction}`, computed, rel.value, [
        findingFigure('to', B),
        findingFigure('change', D),
        findingFigure('change', C),
      ]),
    );
  }
  return out;
}

export function checkChanges(text: string, sentences: CheckSentence[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sentences) {
    for (const l of levelsIn(text, s)) {
      const f = checkStatedChange(l) ?? checkDoubling(text, s, l);
      if (f) out.push(f);
    }
    out.push(...checkLevelWithBothChanges(text, s));
  }
  return out;
}
