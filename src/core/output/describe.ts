// Human-readable descriptions of metrics, shared by the CLI table and the editor's hover.
import type { Approx, Metric } from '../types';

const APPROX_WORDS: Record<Approx, string> = { over: 'more than', under: 'less than', about: 'about' };

export function formatNumber(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** 970余万元 → "more than 9,700,000 元". */
export function describeValue(m: Pick<Metric, 'value' | 'unit' | 'approx'>): string {
  const unit = m.unit === '%' || m.unit === '‰' ? m.unit : m.unit ? ` ${m.unit}` : '';
  return `${m.approx ? `${APPROX_WORDS[m.approx]} ` : ''}${formatNumber(m.value)}${unit}`;
}

/** "↓ down (同比)" */
export function describeChange(m: Pick<Metric, 'change'>): string {
  if (!m.change) return '';
  return `${m.change.direction === 'up' ? '↑ up' : '↓ down'}${m.change.basis ? ` (${m.change.basis})` : ''}`;
}
