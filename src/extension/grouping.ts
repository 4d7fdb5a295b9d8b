// Metrics grouped under the report heading they follow, in one pass (no vscode here, so unit
// tests can run it): a long report has thousands of both, and a nested loop over them was
// quadratic.
import type { Heading, Metric } from '../core/types';

export interface HeadingGroup {
  /** null: the metrics before the first heading. */
  heading: Heading | null;
  metrics: Metric[];
}

/**
 * Every heading's metrics, in document order, the metrics before the first heading first.
 * Groups that hold no metric are left out. Headings and metrics come in document order from
 * the engine; a metric out of that order still lands under the right heading (binary search).
 */
export function groupByHeading(metrics: readonly Metric[], headings: readonly Heading[]): HeadingGroup[] {
  const groups: HeadingGroup[] = [{ heading: null, metrics: [] }];
  for (const h of headings) groups.push({ heading: h, metrics: [] });
  let gi = 0;
  let lastStart = -Infinity;
  for (const m of metrics) {
    const start = m.range.start;
    if (start < lastStart) gi = lastHeadingAtOrBefore(headings, start) + 1;
    else while (gi < headings.length && headings[gi].range.start <= start) gi++;
    lastStart = start;
    groups[gi].metrics.push(m);
  }
  return groups.filter((g) => g.metrics.length > 0);
}

/** Index of the last heading starting at or before `offset`, -1 when none does. */
function lastHeadingAtOrBefore(headings: readonly Heading[], offset: number): number {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].range.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface UnitGroup {
  /** The metric's unit as the engine gives it ('' for a bare figure). */
  unit: string;
  metrics: Metric[];
}

/**
 * Metrics by unit, largest value first inside each unit: comparing 9,700,000 元 with 68 % or
 * 12 个 by value means nothing. Scale words are already applied by the engine (970万元 →
 * 9700000 元), so values within one unit compare. The groups come largest first, then by unit.
 */
export function groupByUnitByValue(metrics: readonly Metric[]): UnitGroup[] {
  const byUnit = new Map<string, Metric[]>();
  for (const m of metrics) {
    const list = byUnit.get(m.unit);
    if (list) list.push(m);
    else byUnit.set(m.unit, [m]);
  }
  const groups = [...byUnit].map(([unit, list]) => ({
    unit,
    metrics: list.sort((a, b) => b.value - a.value || a.range.start - b.range.start),
  }));
  return groups.sort((a, b) => b.metrics.length - a.metrics.length || a.unit.localeCompare(b.unit, 'zh'));
}
