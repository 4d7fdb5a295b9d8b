// Human-readable descriptions of metrics, shared by the CLI table and the editor's hover.
import type { Approx, Metric } from '../types';

const APPROX_WORDS: Record<Approx, string> = { over: 'more than', under: 'less than', about: 'about' };

/** The words descriptions use; the editor passes its own language's. */
export interface DescribeWords {
  approx: Record<Approx, string>;
  up: string;
  down: string;
}

const ENGLISH: DescribeWords = { approx: APPROX_WORDS, up: 'up', down: 'down' };

export function formatNumber(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** 970余万元 → "more than 9,700,000 元". */
export function describeValue(m: Pick<Metric, 'value' | 'unit' | 'approx'>, words: DescribeWords = ENGLISH): string {
  const unit = m.unit === '%' || m.unit === '‰' ? m.unit : m.unit ? ` ${m.unit}` : '';
  return `${m.approx ? `${words.approx[m.approx]} ` : ''}${formatNumber(m.value)}${unit}`;
}

/** "↓ down (同比)" */
export function describeChange(m: Pick<Metric, 'change'>, words: DescribeWords = ENGLISH): string {
  if (!m.change) return '';
  const arrow = m.change.direction === 'up' ? `↑ ${words.up}` : `↓ ${words.down}`;
  return `${arrow}${m.change.basis ? ` (${m.change.basis})` : ''}`;
}
