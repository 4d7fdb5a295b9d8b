// A metric as a rounding interval: the precision as written sets the tolerance (46 % ⇒ [45.5, 46.5]),
// and approximations (以上, 以内, 左右) open or widen the interval.
import type { Metric } from '../types';
import type { FigureRole, FindingFigure } from './types';

export interface Interval {
  lo: number;
  hi: number;
}

export interface Figure {
  metric: Metric;
  /** Digits after the decimal point as written (0 for Chinese numerals). */
  decimals: number;
  /** Half a unit of the last written digit, in the metric's unit (46 % ⇒ 0.5; 11.37万亿 ⇒ 5e9). */
  tolerance: number;
  interval: Interval;
  /** The written scale (万 ⇒ 10000) and what follows the number (万人), to show sums as the report writes them. */
  scale: number;
  suffix: string;
}

const WRITTEN_NUMBER = /\d[\d,，]*(?:\.(\d+))?/u;
/** Kinds whose figures are results of a division, hence rounded even when written as whole numbers. */
const ROUNDED_KINDS = new Set<Metric['kind']>(['percent', 'points', 'multiple']);
/** "About" figures are trusted to within this share of their value, on top of rounding. */
const ABOUT_SHARE = 0.05;

export function figureOf(metric: Metric): Figure {
  const written = WRITTEN_NUMBER.exec(metric.text);
  const decimals = written?.[1]?.length ?? 0;
  const writtenValue = written ? Number(written[0].replace(/[,，]/gu, '')) : 0;
  const scale = writtenValue !== 0 ? Math.abs(metric.value / writtenValue) : 1;
  // Whole counts written out in full (1200起, 13分钟) are taken as exact; rounded forms (46 %, 4.7万) are not.
  const writtenInFull = decimals === 0 && scale === 1 && !ROUNDED_KINDS.has(metric.kind);
  const tolerance = written && !writtenInFull ? 0.5 * 10 ** -decimals * scale : 0;
  const v = metric.value;
  let interval: Interval;
  switch (metric.approx) {
    case 'over':
      interval = { lo: v - tolerance, hi: Infinity };
      break;
    case 'under':
      interval = { lo: v >= 0 ? 0 : -Infinity, hi: v + tolerance };
      break;
    case 'about': {
      const spread = tolerance + Math.abs(v) * ABOUT_SHARE;
      interval = { lo: v - spread, hi: v + spread };
      break;
    }
    default:
      interval = { lo: v - tolerance, hi: v + tolerance };
  }
  const suffix = written
    ? metric.text.slice((written.index ?? 0) + written[0].length).replace(/余|多|以上|以内|左右|\s/gu, '')
    : metric.unit;
  return { metric, decimals, tolerance, interval, scale, suffix };
}

export function findingFigure(role: FigureRole, f: Figure): FindingFigure {
  const m = f.metric;
  return { role, text: m.text, value: m.value, unit: m.unit, range: m.range, line: m.line };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

export function difference(to: Interval, from: Interval): Interval {
  return { lo: to.lo - from.hi, hi: to.hi - from.lo };
}

/** a ÷ b for positive intervals; null when b may be zero or either side is negative. */
export function quotient(a: Interval, b: Interval): Interval | null {
  if (b.lo <= 0 || a.lo < 0) return null;
  return { lo: a.lo / b.hi, hi: b.lo === 0 ? Infinity : a.hi / b.lo };
}

/** The relative change from → to in percent. */
export function relativeChange(from: Interval, to: Interval): Interval | null {
  const q = quotient(to, from);
  return q && { lo: (q.lo - 1) * 100, hi: (q.hi - 1) * 100 };
}

export function sum(intervals: Interval[]): Interval {
  return intervals.reduce((acc, i) => ({ lo: acc.lo + i.lo, hi: acc.hi + i.hi }), { lo: 0, hi: 0 });
}
